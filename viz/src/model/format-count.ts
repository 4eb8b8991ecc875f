// Counts as the page writes them: 100,000.
const number = new Intl.NumberFormat("en-GB");

export const formatCount = (n: number): string => number.format(n);
