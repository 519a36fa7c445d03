# The web portal's static build (React + Vite); the API serves web/dist at `/`.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web ./web
# The pages count dates with the engine's own pure rules (domain/time).
COPY domain ./domain
RUN npx vite build --config web/vite.config.ts

# One image for the API, the worker and the migration step (docker-compose.yml picks the command).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY domain ./domain
COPY workflows ./workflows
COPY activities ./activities
COPY db ./db
COPY api ./api
COPY worker ./worker
COPY platform ./platform
COPY scripts ./scripts
COPY tsconfig.json ./
COPY --from=web /app/web/dist ./web/dist
USER node
EXPOSE 3000
CMD ["node", "--import", "tsx", "api/main.ts"]
