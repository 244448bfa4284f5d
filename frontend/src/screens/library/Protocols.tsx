import { Problem } from '../../Problem';
import { ScrollRegion } from '../../ScrollRegion';
import { useLoad } from '../../session';
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
                <ScrollRegion label={text.library.protocols}>
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{text.library.protocol.name}</th>
                                <th scope="col">{text.library.protocol.input}</th>
                                <th scope="col">{text.library.protocol.types}</th>
                                <th scope="col">{text.library.protocol.fragments}</th>
                            </tr>
                        </thead>
                        <tbody>
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
                        </tbody>
                    </table>
                </ScrollRegion>
            )}
        </>
    );
}
