// The protocol and stream-port operations: one deploy field each, other hints and comments kept,
// refusals with a reason, no stream port left behind a protocol that has no listener, and the
// file still loading after every edit.
import { describe, expect, it } from 'vitest';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import type { EditResult } from '../../../core/model/commit.ts';
import { setDeployProtocol, setStreamPort } from '../../../core/model/deploy-protocol.ts';
import { streamOf } from '../../../core/system/streams.ts';

const source = `version: 1
title: Lab
nodes:
  lab:
    kind: user
    name: Lab
    evolution: 0.5
    visibility: 0.95
    uses: [results]
  results:
    kind: component
    name: Results # HL7 feed
    evolution: 0.4
    visibility: 0.5
    sourcing: build
    deploy:
      port: 8080
`;

function doc(): MapDocument {
  const r = parseMap(source);
  if (!r.ok) throw new Error('fixture');
  return r.document;
}

function done(r: EditResult): MapDocument {
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  expect(parseMap(r.document.text).ok).toBe(true);
  return r.document;
}

function refusal(r: EditResult): string {
  if (r.ok) throw new Error('expected a refusal');
  return r.errors.map((e) => e.message).join('; ');
}

describe('setDeployProtocol and setStreamPort', () => {
  it('set MLLP (default port 2575), then a port of its own, keeping the other hints and the comment', () => {
    const mllp = done(setDeployProtocol(doc(), 'results', 'mllp'));
    expect(mllp.map.nodes.results?.deploy).toEqual({ port: 8080, protocol: 'mllp' });
    expect(streamOf(mllp.map.nodes.results)).toEqual({ port: 2575, protocol: 'mllp' });
    expect(mllp.text).toContain('name: Results # HL7 feed');
    const own = done(setStreamPort(mllp, 'results', 2576));
    expect(own.map.nodes.results?.deploy).toEqual({ port: 8080, protocol: 'mllp', streamPort: 2576 });
    expect(streamOf(own.map.nodes.results)).toEqual({ port: 2576, protocol: 'mllp' });
    expect(done(setStreamPort(own, 'results', undefined)).map.nodes.results?.deploy).toEqual({
      port: 8080,
      protocol: 'mllp',
    });
  });

  it('tcp keeps the stream port; a protocol without a listener drops it; none removes the hint', () => {
    const tcp = done(setStreamPort(done(setDeployProtocol(doc(), 'results', 'tcp')), 'results', 9100));
    const mllp = done(setDeployProtocol(tcp, 'results', 'mllp'));
    expect(mllp.map.nodes.results?.deploy).toEqual({ port: 8080, protocol: 'mllp', streamPort: 9100 });
    const http = done(setDeployProtocol(mllp, 'results', 'http'));
    expect(http.map.nodes.results?.deploy).toEqual({ port: 8080, protocol: 'http' });
    expect(done(setDeployProtocol(http, 'results', undefined)).map.nodes.results?.deploy).toEqual({ port: 8080 });
  });

  it('refuses what would not mean anything, saying why', () => {
    expect(refusal(setDeployProtocol(doc(), 'results', 'smtp'))).toContain('unknown protocol smtp');
    expect(refusal(setDeployProtocol(doc(), 'lab', 'mllp'))).toContain('only components are deployed');
    expect(refusal(setStreamPort(doc(), 'results', 2575))).toContain('choose protocol tcp or mllp first');
    const mllp = done(setDeployProtocol(doc(), 'results', 'mllp'));
    expect(refusal(setStreamPort(mllp, 'results', 70000))).toContain('is not a port');
    expect(refusal(setStreamPort(mllp, 'results', 25.5))).toContain('is not a port');
    expect(refusal(setDeployProtocol(doc(), 'nobody', 'mllp'))).toContain("no node 'nobody'");
  });
});
