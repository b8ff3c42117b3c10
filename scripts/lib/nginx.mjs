// Finds Debian's nginx, for the browser tests that check the real hosting configuration.
import { existsSync } from 'node:fs';

export const nginxPath = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
