-- B2CS amendments (GSTR-1 table 10, JSON b2csa, issue 4): a B2CS invoice is reported only inside its month's
-- summary bucket (sply_ty, pos, typ/etin, rt). When it changes after the filing, the revised total of the bucket
-- it is in now AND of the bucket it was in when reported must be reported, so the filing records that bucket:
-- the place of supply and e-commerce operator reported, and the rates of the taxable lines reported.
alter table gstr1_reported_document add place_of_supply varchar(2);
alter table gstr1_reported_document add ecommerce_gstin varchar(15);

create table gstr1_reported_rate (
    reported_document_id  bigint        not null references gstr1_reported_document (id),
    gst_rate              numeric(5,2)  not null,
    constraint pk_gstr1_reported_rate primary key (reported_document_id, gst_rate)
);
