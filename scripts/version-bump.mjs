// `npm version` runs this (the "version" script): manifest.json takes the new version, and
// versions.json maps it to the manifest's minAppVersion, as Obsidian's community directory reads them.
// It works in the current folder, so a test can run it on copies.
import { readFileSync, writeFileSync } from 'node:fs';

const version = process.env.npm_package_version;
if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
  console.error(`version-bump: expected npm_package_version as x.y.z (Obsidian takes no other form), got "${version ?? ''}"`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
manifest.version = version;
writeFileSync('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
const versions = JSON.parse(readFileSync('versions.json', 'utf8'));
versions[version] = manifest.minAppVersion;
writeFileSync('versions.json', `${JSON.stringify(versions, null, 2)}\n`);
