# The tht-graph app for docker-compose.yml. It uses the compose file's Neo4j (NEO4J_URI), so the
# image needs no Java: the install step notices and skips building the local Neo4j.
FROM node:24-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# The install step (postinstall) runs scripts/prepare-neo4j.ts, which needs core/.
COPY scripts ./scripts
COPY core ./core
RUN npm ci
COPY . .
# npm ci ran before the page sources were copied in; build the page now.
RUN npm run build:viz
USER node
EXPOSE 4000
# What `npm start` runs (package.json), Node's memory flags included; without npm in between, so
# the server gets the container's SIGTERM.
CMD ["node", "--max-semi-space-size=4", "--heap-growing-percent=30", "--import", "tsx", "server/main.ts"]
