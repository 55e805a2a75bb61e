-- Issue 5, Razorpay: how a payment was linked to an invoice (or why it was not), what was refunded of it,
-- and the recon report's extra columns a person needs when a settlement does not add up.

-- link_status: LINKED (settled against sales_document_id), UNMATCHED (no invoice found: kept for a person),
-- AMBIGUOUS (several invoices match), EXCESS (more than the invoice's outstanding), NOT_CAPTURED (nothing to link yet).
alter table razorpay_payment add link_status varchar(20) default 'NOT_CAPTURED' not null;
alter table razorpay_payment add link_note varchar(500);
alter table razorpay_payment add amount_refunded numeric(19,2);
alter table razorpay_payment add invoice_ref varchar(60);
create index ix_razorpay_payment_link on razorpay_payment (company_id, link_status);

alter table razorpay_settlement_item add method varchar(20);
alter table razorpay_settlement_item add description varchar(255);
alter table razorpay_settlement_item add created_at_rzp timestamp with time zone;

create index ix_webhook_event_pending on webhook_event (provider, processed_at);
