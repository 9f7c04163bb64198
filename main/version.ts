// The app's version, injected at build time from package.json (see main/tools/build.mjs).
declare const __PARALLAX_VERSION__: string | undefined;

export const APP_VERSION: string =
  typeof __PARALLAX_VERSION__ === 'string' ? __PARALLAX_VERSION__ : (process.env.npm_package_version ?? '0.0.0-dev');
