/**
 * Entry point of `dist/server/server.js`: runs the promptgov language server on the process's transport
 * (`--stdio` when none is named) and keeps it alive through anything a client or a bug throws.
 */
import { startServer } from './server';

if (!process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)(=|$)/.test(a))) process.argv.push('--stdio');

const { state } = startServer();

process.on('uncaughtException', (error) => {
  state.log('error', `Uncaught exception (the server keeps running): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
});
process.on('unhandledRejection', (reason) => {
  state.log('error', `Unhandled rejection (the server keeps running): ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});
