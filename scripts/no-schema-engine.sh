#!/bin/sh
echo "The native Prisma schema engine is not available offline. Use: npm run db:migrate | db:migrate:dev NAME | db:check | db:reset" >&2
exit 1
