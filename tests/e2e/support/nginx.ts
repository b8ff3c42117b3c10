/** dist/ served by nginx with deploy/nginx.conf. */
export const nginxPort = 4331;
export const nginxURL = (path: string) => `http://localhost:${nginxPort}${path}`;
