import { type Instrument, InstrumentStatus, PlatformCode, Role } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { ConfirmButton } from '../../Confirm';
import { useLive } from '../../live';
import { Problem } from '../../Problem';
import { useRoleAtLeast } from '../../roles';
import { useLoad, useSession } from '../../session';
import { text, wireWords } from '../../text';

/** The lab's instruments with their status; technicians take them out of service, administrators register them. */
export function Instruments() {
    const instruments = useLoad((client) => client.sequencing.listInstruments(), []);
    useLive('sequencing.instrument.*', instruments.reload);
    const mayChange = useRoleAtLeast(Role.LabTechnician);
    const mayRegister = useRoleAtLeast(Role.LabAdministrator);
    return (
        <section aria-labelledby="instruments">
            <h2 id="instruments">{text.sequencing.instruments}</h2>
            {instruments.error !== undefined && <Problem error={instruments.error} />}
            {instruments.data && instruments.data.items.length === 0 && <p>{text.sequencing.noInstruments}</p>}
            {instruments.data && instruments.data.items.length > 0 && (
                <table aria-busy={instruments.loading}>
                    <thead>
                        <tr>
                            <th scope="col">{text.sequencing.instrumentColumns.name}</th>
                            <th scope="col">{text.sequencing.instrumentColumns.platform}</th>
                            <th scope="col">{text.sequencing.instrumentColumns.serial}</th>
                            <th scope="col">{text.sequencing.instrumentColumns.capacity}</th>
                            <th scope="col">{text.sequencing.instrumentColumns.status}</th>
                            {mayChange && <th scope="col">{text.sequencing.instrumentColumns.actions}</th>}
                        </tr>
                    </thead>
                    <tbody>
                        {instruments.data.items.map((instrument) => (
                            <tr key={instrument.id}>
                                <td>{instrument.name}</td>
                                <td>{wireWords(instrument.platform)}</td>
                                <td>{instrument.serialNumber}</td>
                                <td>{instrument.capacity}</td>
                                <td className={`instrument-${instrument.status}`}>{wireWords(instrument.status)}</td>
                                {mayChange && (
                                    <td>
                                        <StatusActions instrument={instrument} changed={instruments.reload} />
                                    </td>
                                )}
                            </tr>
                        ))}
                    </tbody>
                </table>
            )}
            {mayRegister && <RegisterInstrument registered={instruments.reload} />}
        </section>
    );
}

function StatusActions({ instrument, changed }: { instrument: Instrument; changed: () => void }) {
    const { session } = useSession();
    const [reason, setReason] = useState('');
    const [error, setError] = useState<unknown>();
    if (instrument.status === InstrumentStatus.Retired) {
        return null;
    }
    async function change(status: InstrumentStatus, why: string) {
        await session.client.sequencing.changeInstrumentStatus({
            instrumentId: instrument.id,
            instrumentStatusChange: { status, reason: why.trim() },
        });
        setReason('');
        changed();
    }
    const next = instrument.status === InstrumentStatus.Available ? InstrumentStatus.Maintenance : InstrumentStatus.Available;
    return (
        <div className="row-actions">
            <label>
                {text.sequencing.statusReason(instrument.name)}
                <input value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
            <button
                type="button"
                disabled={!reason.trim()}
                onClick={() => {
                    setError(undefined);
                    change(next, reason).catch(setError);
                }}
            >
                {next === InstrumentStatus.Maintenance ? text.sequencing.toMaintenance : text.sequencing.backInService}
            </button>
            <ConfirmButton
                label={text.sequencing.retire}
                consequence={text.sequencing.retireConsequence(instrument.name)}
                ready={reason.trim() !== ''}
                onConfirm={() => change(InstrumentStatus.Retired, reason)}
            >
                <label>
                    {text.sequencing.status.reason}
                    <input value={reason} onChange={(e) => setReason(e.target.value)} />
                </label>
            </ConfirmButton>
            {error !== undefined && <Problem error={error} />}
        </div>
    );
}

function RegisterInstrument({ registered }: { registered: () => void }) {
    const { session } = useSession();
    const [name, setName] = useState('');
    const [serialNumber, setSerialNumber] = useState('');
    const [platform, setPlatform] = useState<PlatformCode>(PlatformCode.NovaseqX);
    const [capacity, setCapacity] = useState(1);
    const [outcome, setOutcome] = useState<{ done?: string; error?: unknown }>({});

    async function submit(event: FormEvent) {
        event.preventDefault();
        setOutcome({});
        try {
            const instrument = await session.client.sequencing.registerInstrument({
                instrumentRegistration: { name: name.trim(), serialNumber: serialNumber.trim(), platform, capacity },
            });
            setOutcome({ done: text.sequencing.registered(instrument.name) });
            setName('');
            setSerialNumber('');
            registered();
        } catch (error) {
            setOutcome({ error });
        }
    }

    return (
        <form className="inline-form" onSubmit={submit} aria-labelledby="register-instrument">
            <h3 id="register-instrument">{text.sequencing.register}</h3>
            <label>
                {text.sequencing.instrumentName}
                <input required value={name} onChange={(e) => setName(e.target.value)} />
            </label>
            <label>
                {text.sequencing.serialNumber}
                <input required value={serialNumber} onChange={(e) => setSerialNumber(e.target.value)} />
            </label>
            <label>
                {text.sequencing.platform}
                <select value={platform} onChange={(e) => setPlatform(e.target.value as PlatformCode)}>
                    {Object.values(PlatformCode).map((code) => (
                        <option key={code} value={code}>
                            {wireWords(code)}
                        </option>
                    ))}
                </select>
            </label>
            <label>
                {text.sequencing.capacity}
                <select value={capacity} onChange={(e) => setCapacity(Number(e.target.value))}>
                    <option value={1}>1</option>
                    <option value={2}>2</option>
                </select>
            </label>
            <button type="submit">{text.sequencing.registerSubmit}</button>
            {outcome.done && <p role="status">{outcome.done}</p>}
            {outcome.error !== undefined && <Problem error={outcome.error} />}
        </form>
    );
}
