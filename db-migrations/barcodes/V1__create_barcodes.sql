-- BC-1: the last sequence number handed out per prefix and UTC day. One row lock per
-- (prefix, day) serialises allocation; a batch takes its whole range in one statement.
CREATE TABLE barcode_sequences (
    prefix     text    NOT NULL,
    day        date    NOT NULL,
    last_value integer NOT NULL CHECK (last_value BETWEEN 1 AND 999999),
    PRIMARY KEY (prefix, day)
);

-- BC-2: every barcode this service issued or reserved. Uniqueness is the database's promise,
-- twice over: the text itself and the (prefix, day, sequence) it was made from.
CREATE TABLE barcodes (
    id         uuid        NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    barcode    text        NOT NULL UNIQUE CHECK (barcode ~ '^[A-Z0-9-]{8,50}$'),
    prefix     text        NOT NULL,
    type_code  text,
    day        date        NOT NULL,
    sequence   integer     NOT NULL CHECK (sequence BETWEEN 1 AND 999999),
    status     text        NOT NULL CHECK (status IN ('issued', 'reserved', 'claimed')),
    created_at timestamptz NOT NULL,
    created_by text        NOT NULL,
    owner      text,
    claimed_at timestamptz,
    claimed_by text,
    UNIQUE (prefix, day, sequence),
    -- A claim is complete or absent: owner, actor and time together, and only on a claimed barcode.
    CHECK ((status = 'claimed') = (owner IS NOT NULL AND claimed_at IS NOT NULL AND claimed_by IS NOT NULL))
);
