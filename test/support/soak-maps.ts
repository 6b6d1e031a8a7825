// Valid maps of a chosen size for the kill tests and `npm run soak`: `nodes` components in a chain,
// titled with `version` so two versions differ in every write.
export function soakMapText(nodes: number, version: string): string {
  const lines = ['version: 1', `title: Soak map ${version}`, 'nodes:'];
  for (let i = 0; i < nodes; i++) {
    const uses = i + 1 < nodes ? `, uses: [n${i + 1}]` : '';
    const at = `evolution: ${((i % 97) / 100).toFixed(2)}, visibility: ${(1 - (i % 89) / 100).toFixed(2)}`;
    lines.push(`  n${i}: {kind: component, name: Component ${i} ${version}, ${at}${uses}}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The same map, written unformatted (one flow mapping per line, keys out of order) for fmt to change. */
export function unformattedSoakMapText(nodes: number, version: string): string {
  return soakMapText(nodes, version).replace(
    /\{kind: component, name: ([^,]+), (evolution[^}]*)\}/g,
    '{$2, name: $1, kind: component}',
  );
}
