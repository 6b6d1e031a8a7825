// The protocol and stream-port operations: one deploy field each, other hints and comments kept,
// refusals with a reason, no stream port left behind a protocol that has no listener, and the
// file still loading after every edit.
import { describe, expect, it } from 'vitest';
import { applied, documentOf, refusal } from './edit-fixture.ts';
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

describe('setDeployProtocol and setStreamPort', () => {
  it('set MLLP (default port 2575), then a port of its own, keeping the other hints and the comment', () => {
    const mllp = applied(setDeployProtocol(documentOf(source), 'results', 'mllp'));
    expect(mllp.map.nodes.results?.deploy).toEqual({ port: 8080, protocol: 'mllp' });
    expect(streamOf(mllp.map.nodes.results)).toEqual({ port: 2575, protocol: 'mllp' });
    expect(mllp.text).toContain('name: Results # HL7 feed');
    const own = applied(setStreamPort(mllp, 'results', 2576));
    expect(own.map.nodes.results?.deploy).toEqual({ port: 8080, protocol: 'mllp', streamPort: 2576 });
    expect(streamOf(own.map.nodes.results)).toEqual({ port: 2576, protocol: 'mllp' });
    expect(applied(setStreamPort(own, 'results', undefined)).map.nodes.results?.deploy).toEqual({
      port: 8080,
      protocol: 'mllp',
    });
  });

  it('tcp keeps the stream port; a protocol without a listener drops it; none removes the hint', () => {
    const tcp = applied(
      setStreamPort(applied(setDeployProtocol(documentOf(source), 'results', 'tcp')), 'results', 9100),
    );
    const mllp = applied(setDeployProtocol(tcp, 'results', 'mllp'));
    expect(mllp.map.nodes.results?.deploy).toEqual({ port: 8080, protocol: 'mllp', streamPort: 9100 });
    const http = applied(setDeployProtocol(mllp, 'results', 'http'));
    expect(http.map.nodes.results?.deploy).toEqual({ port: 8080, protocol: 'http' });
    expect(applied(setDeployProtocol(http, 'results', undefined)).map.nodes.results?.deploy).toEqual({ port: 8080 });
  });

  it('refuses what would not mean anything, saying why', () => {
    expect(refusal(setDeployProtocol(documentOf(source), 'results', 'smtp'))).toContain('unknown protocol smtp');
    expect(refusal(setDeployProtocol(documentOf(source), 'lab', 'mllp'))).toContain('only components are deployed');
    expect(refusal(setStreamPort(documentOf(source), 'results', 2575))).toContain('choose protocol tcp or mllp first');
    const mllp = applied(setDeployProtocol(documentOf(source), 'results', 'mllp'));
    expect(refusal(setStreamPort(mllp, 'results', 70000))).toContain('is not a port');
    expect(refusal(setStreamPort(mllp, 'results', 25.5))).toContain('is not a port');
    expect(refusal(setDeployProtocol(documentOf(source), 'nobody', 'mllp'))).toContain("no node 'nobody'");
  });
});
