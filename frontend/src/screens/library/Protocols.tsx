import { Problem } from '../../Problem';
import { useLoad } from '../../session';
import { DataTable } from '../../Table';
import { text, wireWords } from '../../text';
import { Back } from './Back';

/** The protocols a library is made by, with the input, sample types and fragment sizes each expects. */
export function Protocols() {
    const protocols = useLoad((client) => client.libraryPrep.listProtocols(), []);
    return (
        <>
            <Back />
            <h1>{text.library.protocols}</h1>
            {protocols.error !== undefined && <Problem error={protocols.error} />}
            {protocols.data && (
                <DataTable
                    label={text.library.protocols}
                    columns={[
                        text.library.protocol.name,
                        text.library.protocol.input,
                        text.library.protocol.types,
                        text.library.protocol.fragments,
                    ]}
                >
                    {protocols.data.map((protocol) => (
                        <tr key={protocol.code}>
                            <th scope="row">
                                {protocol.name} <code>{protocol.code}</code>
                            </th>
                            <td>{text.library.protocol.inputRange(protocol.minInputNg, protocol.maxInputNg)}</td>
                            <td>{protocol.sampleTypes.map(wireWords).join(', ')}</td>
                            <td>{text.library.protocol.fragmentRange(protocol.minFragmentBp, protocol.maxFragmentBp)}</td>
                        </tr>
                    ))}
                </DataTable>
            )}
        </>
    );
}
