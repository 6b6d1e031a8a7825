// What a component holds and what its supplier signed: data classes (ticks), where the data may
// live (sites, comma-separated) and, for bought or outsourced components, the agreements. Each
// change is one named core operation (core/model/data-facts.ts), so one undo step.
import { AGREEMENTS, DATA_CLASS_NAMES, DATA_CLASSES, hasSupplier } from '../../../core/compliance/classes.ts';
import { setAgreements, setDataClasses, setResidency } from '../../../core/model/data-facts.ts';
import type { Agreement, DataClass, MapNode } from '../../../core/model/types.ts';
import { applyEdit } from '../../store/edits.ts';
import { CheckField, TextField } from '../fields.tsx';

const AGREEMENT_NAMES: Readonly<Record<Agreement, string>> = {
  baa: 'BAA (HIPAA business associate agreement)',
  dpa: 'DPA (data processing agreement)',
  'pci-dss': 'PCI DSS attestation',
  scc: 'SCC (standard contractual clauses)',
  nda: 'NDA',
};

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((x) => x !== item);
}

export function DataFields({ id, node }: { id: string; node: MapNode }) {
  const held: DataClass[] = node.data?.classes ?? [];
  const signed: Agreement[] = node.agreements ?? [];
  return (
    <>
      <fieldset className="field-group data-fields">
        <legend>Sensitive data held</legend>
        {DATA_CLASSES.map((c) => (
          <CheckField
            key={c}
            label={`${c.toUpperCase()} (${DATA_CLASS_NAMES[c]})`}
            value={held.includes(c)}
            onChange={(on) => applyEdit((d) => setDataClasses(d, id, toggled(held, c, on)))}
          />
        ))}
        {held.length > 0 && (
          <TextField
            label="Residency (sites, comma-separated)"
            value={(node.data?.residency ?? []).join(', ')}
            onCommit={(v) => applyEdit((d) => setResidency(d, id, v.split(',')))}
          />
        )}
      </fieldset>
      {(hasSupplier(node) || signed.length > 0) && (
        <fieldset className="field-group agreement-fields">
          <legend>Agreements the supplier signed</legend>
          {AGREEMENTS.map((a) => (
            <CheckField
              key={a}
              label={AGREEMENT_NAMES[a]}
              value={signed.includes(a)}
              onChange={(on) => applyEdit((d) => setAgreements(d, id, toggled(signed, a, on)))}
            />
          ))}
        </fieldset>
      )}
    </>
  );
}
