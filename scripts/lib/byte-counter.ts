// A loopback TCP relay that counts every byte a server sends to the browser: bodies, headers and
// all, whichever page, frame or worker asked for them.
import { connect, createServer } from 'node:net';

export async function byteCountingRelay(targetPort: number, port: number) {
  let sent = 0;
  const relay = createServer((browserSide) => {
    const serverSide = connect(targetPort, '127.0.0.1');
    serverSide.on('data', (chunk: Buffer) => void (sent += chunk.length));
    browserSide.pipe(serverSide).pipe(browserSide);
    browserSide.on('error', () => serverSide.destroy());
    serverSide.on('error', () => browserSide.destroy());
  });
  await new Promise<void>((ready) => relay.listen(port, '127.0.0.1', ready));
  return { sent: () => sent, close: () => relay.close() };
}
