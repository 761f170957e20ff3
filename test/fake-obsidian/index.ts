/** The fake `obsidian` module for jest (mapped in jest.config.cjs): the browser-safe module plus a folder loader. */
export * from './module';
export { loadApp, readFolder } from './load-folder';
