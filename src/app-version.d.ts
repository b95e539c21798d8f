/** The app's version from package.json, put in by Vite (`define` in vite.config.ts). */
declare const __APP_VERSION__: string;
