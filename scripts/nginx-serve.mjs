// Serves dist/ with nginx and deploy/nginx.conf, as production would. Usage: node scripts/nginx-serve.mjs --port 4331
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxPath } from './lib/nginx.mjs';

const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > -1 ? process.argv[portFlag + 1] : 4331);
if (!nginxPath) {
  console.error('nginx is not installed (Debian: apt-get install nginx-light).');
  process.exit(1);
}

const work = join(tmpdir(), `mice-nginx-${port}`);
mkdirSync(join(work, 'logs'), { recursive: true });
const server = readFileSync('deploy/nginx.conf', 'utf8')
  .replace(/^(\s*)listen \d+;/m, `$1listen 127.0.0.1:${port};`)
  .replace(/^(\s*)root [^;\n]+;/m, `$1root ${resolve(process.env.DIST_DIR || 'dist')};`);
// As root, nginx's workers would switch to an unprivileged user that cannot read a project living in a
// folder only its owner can read (root's home, a mktemp -d folder): they run as the user who started it.
const user = process.getuid?.() === 0 ? 'user root;\n' : '';
const conf = `daemon off;
${user}worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/logs/error.log;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
${server}
}
`;
writeFileSync(join(work, 'nginx.conf'), conf);
const child = spawn(nginxPath, ['-c', join(work, 'nginx.conf'), '-p', work], { stdio: 'inherit' });
console.log(`nginx serving dist/ with deploy/nginx.conf at http://localhost:${port}/`);
const stop = () => child.kill('SIGQUIT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
