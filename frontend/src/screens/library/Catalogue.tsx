import { useLoad } from '../../session';
import { Problem } from '../../Problem';
import { text } from '../../text';

type Props = {
    kitId: string;
    onKit: (kitId: string) => void;
    protocol: string;
    onProtocol: (code: string) => void;
};

/** The kit (current versions only: LB-4) and protocol a library or plate is made with. */
export function KitAndProtocol({ kitId, onKit, protocol, onProtocol }: Props) {
    const catalogue = useLoad(async (client) => {
        const [kits, protocols] = await Promise.all([client.libraryPrep.listKits({ size: 500 }), client.libraryPrep.listProtocols()]);
        return { kits: kits.items, protocols };
    }, []);
    if (catalogue.error !== undefined) {
        return <Problem error={catalogue.error} />;
    }
    return (
        <>
            <label>
                {text.library.form.kit}
                <select required value={kitId} onChange={(e) => onKit(e.target.value)}>
                    <option value="">{text.library.form.choose}</option>
                    {catalogue.data?.kits.map((kit) => (
                        <option key={kit.id} value={kit.id}>
                            {text.library.kit.nameVersion(kit.name, kit.version)}
                        </option>
                    ))}
                </select>
            </label>
            <label>
                {text.library.form.protocol}
                <select required value={protocol} onChange={(e) => onProtocol(e.target.value)}>
                    <option value="">{text.library.form.choose}</option>
                    {catalogue.data?.protocols.map((p) => (
                        <option key={p.code} value={p.code}>
                            {text.library.form.protocolChoice(p.name, p.sampleTypes.join(', '), p.minInputNg, p.maxInputNg)}
                        </option>
                    ))}
                </select>
            </label>
        </>
    );
}
