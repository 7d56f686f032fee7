import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'build/',
      '.svelte-kit/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'static/',
      'src/lib/generated/',
      'questions/out/',
      '.bench/'
    ]
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      curly: ['error', 'multi-line'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The app is always served from the root of its origin (no `paths.base`), so plain hrefs are right.
      'svelte/no-navigation-without-resolve': 'off',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'svelte/store', message: 'Use runes ($state) in *.svelte.ts classes.' }] }
      ]
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig
      }
    }
  },
  {
    // Type-checked rules where the code lives: a promise nobody awaits is a write whose failure
    // nobody hears of. `void` marks a fire-and-forget call whose errors are handled where it runs.
    // (questions/ has its own tsconfig.json, which adds it to the project.)
    files: ['{src,questions,tests}/**/*.{ts,svelte}'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'] }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error'
    }
  },
  {
    // Only the storage module talks to IndexedDB.
    files: ['src/**/*.{ts,svelte}'],
    ignores: ['src/lib/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'idb', message: 'IndexedDB belongs to src/lib/storage/db.ts.' },
            { name: 'svelte/store', message: 'Use runes ($state) in *.svelte.ts classes.' }
          ]
        }
      ]
    }
  },
  {
    // Screens and components read and write through src/lib/services/, never storage itself: a
    // service turns every refused write into a result the screen shows (StorageErrorNotice).
    files: ['src/routes/**/*.{ts,svelte}', 'src/lib/components/**/*.{ts,svelte}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'idb', message: 'IndexedDB belongs to src/lib/storage/db.ts.' },
            { name: 'svelte/store', message: 'Use runes ($state) in *.svelte.ts classes.' },
            {
              name: '$lib/state/records',
              message: 'Screens read and write through $lib/services/*.'
            }
          ],
          patterns: [
            {
              group: ['$lib/storage', '$lib/storage/*', '**/lib/storage/*', '**/state/records'],
              message: 'Screens read and write through $lib/services/*.'
            }
          ]
        }
      ]
    }
  },
  {
    // Domain logic is plain TypeScript: no Svelte, no SvelteKit, no storage, no i18next.
    files: ['src/lib/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['svelte', 'svelte/*', '$app/*', 'idb', 'i18next', '$lib/storage/*'] }
      ]
    }
  },
  {
    // Functions short enough to read at once, in the app's logic and in the generator.
    files: ['questions/**/*.ts', 'src/lib/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 120 }] }
  },
  {
    // The generator runs in a browser (a worker) too: only the CLI and files.ts touch Node.
    files: ['questions/**/*.ts'],
    ignores: ['questions/cli.ts', 'questions/files.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'fs/*', 'path', 'path/*', 'url', 'os', 'crypto'],
              message: 'Browser-safe module: file and system access belongs to questions/files.ts.'
            }
          ]
        }
      ]
    }
  }
);
