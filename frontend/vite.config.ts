import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The build goes to target/ui, which the Maven build packs for the gateway to serve at /.
export default defineConfig({
    plugins: [react()],
    build: {
        outDir: 'target/ui',
        emptyOutDir: true,
        // The gateway's Content-Security-Policy allows scripts from the origin only: nothing inline.
        modulePreload: { polyfill: false },
        assetsInlineLimit: 0,
    },
    // `npm run dev` beside a running server: the API stays on the gateway.
    server: { proxy: { '/api': 'http://localhost:8089' } },
    test: {
        environment: 'jsdom',
        globals: true,
        include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
        setupFiles: ['src/setup-tests.ts'],
        // One jsdom per worker rather than per file: the suite runs in a third of the time (CI's
        // budget). Each test sets up its own fake gateway; stubbed globals are undone after it.
        pool: 'threads',
        isolate: false,
        unstubGlobals: true,
    },
});
