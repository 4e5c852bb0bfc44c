import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/{unit,dom,db}/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'tests/support/i18n-setup.ts'],
    // Rendering and IndexedDB tests are quick alone but share two cores with the build and browsers in CI.
    testTimeout: 20_000,
  },
});
