/**
 * Is package-lock.json complete enough for `npm ci` on any machine? `npm ci` refuses a lockfile whose
 * root does not match package.json, or that lacks a package some locked package depends on, and the
 * usual gap is other platforms' optional binaries (a lockfile written where they were skipped lacks,
 * e.g., @astrojs/compiler-binding-android-arm64). This is the same check, offline: every dependency
 * and optional dependency of every locked package must resolve to a locked entry with a version and
 * an integrity hash, the way Node's module resolution walks node_modules folders upwards.
 */

/** Where `name` resolves from the package at `path` ("" is the project): nested folders first, then upwards. */
function resolveFrom(packages, path, name) {
  let base = path;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent === -1 ? '' : base.slice(0, parent);
  }
}

/** The sections of a locked package that npm installs, and what one of their entries is called. */
const SECTIONS = { dependencies: 'dependency', optionalDependencies: 'optional dependency', peerDependencies: 'peer dependency' };

/**
 * Problems that would stop `npm ci`, one sentence each (empty when the lockfile is complete).
 * @param {Record<string, any>} manifest package.json, parsed
 * @param {Record<string, any>} lock package-lock.json, parsed
 */
export function lockfileProblems(manifest, lock) {
  const problems = [];
  if (!(lock.lockfileVersion >= 2) || typeof lock.packages !== 'object') {
    return ['package-lock.json: lockfileVersion 2 or 3 with a "packages" map is needed (run `npm install` with npm 7 or later)'];
  }
  const packages = lock.packages;
  const root = packages[''] ?? {};
  for (const section of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
    const wanted = manifest[section] ?? {};
    const locked = root[section] ?? {};
    for (const name of new Set([...Object.keys(wanted), ...Object.keys(locked)])) {
      if (wanted[name] !== locked[name]) {
        problems.push(
          `package-lock.json: ${section} of the project say ${name}@${locked[name] ?? '(absent)'}, package.json says ${wanted[name] ?? '(absent)'}; run \`npm install\``,
        );
      }
    }
  }
  for (const [path, entry] of Object.entries(packages)) {
    if (path !== '' && !entry.link && !entry.inBundle) {
      if (!entry.version) problems.push(`package-lock.json: ${path} has no version`);
      if (!entry.integrity && !entry.resolved?.startsWith('file:')) problems.push(`package-lock.json: ${path} has no integrity hash`);
    }
    for (const [section, kind] of Object.entries(SECTIONS)) {
      if (path === '' && section !== 'optionalDependencies') continue; // checked against package.json above
      for (const name of Object.keys(entry[section] ?? {})) {
        const optionalPeer = section === 'peerDependencies' && entry.peerDependenciesMeta?.[name]?.optional;
        if (optionalPeer || entry.inBundle) continue;
        if (!resolveFrom(packages, path, name))
          problems.push(
            `package-lock.json: missing ${name}, ${kind === 'optional dependency' ? 'an' : 'a'} ${kind} of ${path || 'the project'}; run \`npm install\` and commit the lockfile`,
          );
      }
    }
  }
  for (const name of Object.keys({ ...root.dependencies, ...root.devDependencies })) {
    if (!packages[`node_modules/${name}`]) problems.push(`package-lock.json: missing ${name}, a dependency of the project`);
  }
  return problems;
}
