// The engine's version, alone in a module without the engine's data, so the library can key its caches by it
// without loading the engine. Bump it when a change alters what the analysis or the comparison produces.
export const ENGINE_VERSION = '2.6.1';
