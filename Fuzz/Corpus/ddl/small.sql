CREATE TYPE public.status AS ENUM ('open', 'closed');
CREATE TABLE public.accounts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name character varying(120) NOT NULL,
    status public.status DEFAULT 'open'::public.status,
    credit numeric(10,2) CHECK (credit >= 0),
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);
CREATE TABLE orders (id bigserial PRIMARY KEY, account_id uuid REFERENCES accounts (id) ON DELETE CASCADE, note text UNIQUE);
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_note_check CHECK ((length(note) < 500));
CREATE INDEX orders_account_idx ON public.orders USING btree (account_id);
