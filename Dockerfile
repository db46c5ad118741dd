# Manak web node and worker image (one image, two commands). The same processes the cluster test
# runs (scripts/cluster-test.ts): `node --import tsx scripts/serve.ts` for a web node, `node --import tsx scripts/worker.ts`
# for a worker, `node scripts/migrate.mjs deploy` once per release. Not Next's standalone
# server.js: the web node is scripts/serve.ts around Next's handler (request ids, metrics,
# draining; docs/adr/0014-cluster-operations.md), which needs the `next` package itself.
# Not built in CI (no container runtime or registry images offline); the cluster test is the proof.

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY scripts/no-schema-engine.sh ./scripts/
RUN npm ci
COPY . .
RUN npx next build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY package.json package-lock.json ./
# Production dependencies only; the generated Prisma client comes from the build stage.
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/lib/generated ./lib/generated
COPY --from=build /app/.next ./.next
COPY --from=build /app/public ./public
COPY --from=build /app/app ./app
COPY --from=build /app/lib ./lib
COPY --from=build /app/components ./components
COPY --from=build /app/i18n ./i18n
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/next.config.ts /app/tsconfig.json /app/prisma.config.ts ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM drains (docs/operations.md); give it 30 s: `docker stop -t 30`, compose stop_grace_period.
CMD ["node", "--import", "tsx", "scripts/serve.ts"]
