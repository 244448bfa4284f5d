import type { Sample } from '@tracseq/client';
import { DownloadLink } from '../../Download';
import { useObjectUrl } from '../../objectUrl';
import { Problem } from '../../Problem';
import { useLoad } from '../../session';
import { text, wireWords } from '../../text';

/** The longest line a tube label prints (the label endpoint's limit). */
const LABEL_LINE = 40;

/** The sample's barcode as an image (previewed, downloadable) and as a ZPL label for a tube printer (BC-3). */
export function Labels({ sample }: { sample: Sample }) {
    const png = useLoad((client) => client.barcodes.renderBarcode({ barcode: sample.barcode, format: 'png', size: 400 }), [sample.barcode]);
    const zpl = useLoad(
        (client) => client.barcodes.tubeLabel({ barcode: sample.barcode, line1: sample.name.slice(0, LABEL_LINE), line2: wireWords(sample.type) }),
        [sample.barcode, sample.name, sample.type],
    );
    const pngUrl = useObjectUrl(png.data);
    return (
        <section aria-labelledby="labels" className="labels">
            <h2 id="labels">{text.sample.labels.title}</h2>
            {png.error !== undefined && <Problem error={png.error} />}
            {pngUrl && <img className="barcode" src={pngUrl} alt={text.sample.labels.preview(sample.barcode)} />}
            <p className="toolbar">
                {png.data && (
                    <DownloadLink content={png.data} filename={`${sample.barcode}.png`}>
                        {text.sample.labels.png}
                    </DownloadLink>
                )}
                {zpl.data !== undefined && (
                    <DownloadLink content={zpl.data} type="text/plain" filename={`${sample.barcode}.zpl`}>
                        {text.sample.labels.zpl}
                    </DownloadLink>
                )}
            </p>
            {zpl.error !== undefined && <Problem error={zpl.error} />}
        </section>
    );
}
