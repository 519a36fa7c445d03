/**
 * The arrows of docs/architecture.md (see README "Architecture"), checked on every `npm test`.
 *   domain    → nothing but itself (and date-fns); no Node built-ins, no framework
 *   workflows → domain, @temporalio/workflow, and activities/db only as types
 *   activities→ domain, db, platform
 *   db        → domain
 *   api       → domain, db, platform, workflows (message definitions); never activities
 *   worker    → workflows (by path), activities, db, platform
 *   platform  → db, domain (config, logger, crypto, the Temporal data converter): nothing above
 */
const notTests = '\\.test\\.ts$';
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ is bundled into workflows: no I/O, no framework, no Node built-ins.',
      severity: 'error',
      from: { path: '^domain/', pathNot: notTests },
      to: { pathNot: ['^domain/', '^node_modules/(date-fns|@date-fns/tz)/'] },
    },
    {
      name: 'domain-no-node-builtins',
      severity: 'error',
      from: { path: '^domain/', pathNot: notTests },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'workflows-only-orchestrate',
      comment: 'Workflow code imports @temporalio/workflow, domain/ and other workflow files; anything else only as a type.',
      severity: 'error',
      from: { path: '^workflows/', pathNot: notTests },
      to: {
        pathNot: ['^workflows/', '^domain/', '^node_modules/@temporalio/(workflow|common)/', '^node_modules/(date-fns|@date-fns/tz)/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'workflows-no-node-builtins',
      severity: 'error',
      from: { path: '^workflows/', pathNot: notTests },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'api-never-calls-activities',
      comment: 'The API changes processes through Temporal, never by running activity code itself.',
      severity: 'error',
      from: { path: '^api/' },
      to: { path: '^activities/' },
    },
    {
      name: 'db-depends-on-domain-only',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '^(api|activities|workflows|worker|scripts|platform)/' },
    },
    {
      name: 'activities-not-above',
      severity: 'error',
      from: { path: '^activities/' },
      to: { path: '^(api|workflows|worker|scripts)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'platform-below-the-house',
      comment: 'platform/ is shared by the API, the worker and the scripts: it may use db/ and domain/, nothing above.',
      severity: 'error',
      from: { path: '^platform/' },
      to: { path: '^(api|activities|workflows|worker|scripts)/' },
    },
    {
      name: 'nothing-imports-scripts-or-tests',
      severity: 'error',
      from: { path: '^(domain|workflows|activities|db|api|worker|platform)/' },
      to: { path: '^(scripts|test)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { pathNot: notTests },
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(\\.data|\\.tools)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.cjs', '.mjs', '.json'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
