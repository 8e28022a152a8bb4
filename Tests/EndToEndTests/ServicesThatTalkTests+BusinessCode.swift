import Foundation

/// The two models of the pair and the business route a developer writes in the consumer, per stack.
extension ServicesThatTalkTests {
    /// The provider: invoices, which only it stores.
    static let billingModel = """
        model: 1
        name: billing
        roles: [admin, clerk]
        entities:
          Invoice:
            fields:
              number: {type: string, required: true, max_length: 40}
              amount: {type: decimal, precision: 12, scale: 2, required: true, min: 0}
              status: {type: enum, values: [open, paid], default: open}
            api:
              filter: [number, status]
              sort: [number, created_at]
            access:
              grants:
                admin: {actions: [create, read, list, update, delete]}
                clerk: {actions: [read, list]}

        """

    /// The consumer: orders, which ask billing for their invoices.
    static let ordersModel = """
        model: 1
        name: orders
        roles: [admin, clerk]
        entities:
          Order:
            fields:
              reference: {type: string, required: true, max_length: 40}
            access:
              grants:
                admin: {actions: [create, read, list, update, delete]}
                clerk: {actions: [read, list]}

        """

    /// The business route a developer writes in the node consumer's seed hooks: the provider's invoices, fetched through the client.
    static let nodeBusinessCode = """
        'use strict'

        const { billingClient } = require('../clients/billing')

        module.exports = {
          routes (router, { authorize }) {
            router.get('/billing-summary', authorize('list'), async (req, res, next) => {
              try {
                const billing = await billingClient(req)
                const page = await billing.listInvoices({ sort: 'number' })
                res.json({ source: 'billing', invoices: page.items.map((invoice) => ({ id: invoice.id, number: invoice.number, amount: invoice.amount })) })
              } catch (error) {
                next(error)
              }
            })
          }
        }

        """

    /// The same in the python consumer's seed hooks (a FastAPI route under /orders).
    static let pythonBusinessCode = """
        \"\"\"Business logic of Order: the invoices billing holds for our orders.\"\"\"

        from typing import Annotated, Any

        from billing_client import Client
        from fastapi import APIRouter, Depends

        from app.clients.billing import billing_client
        from app.core.access import Access, require
        from app.models.order import Order

        router = APIRouter()


        @router.get("/billing-summary")
        def billing_summary(
            _access: Annotated[Access, Depends(require("list", Order))],
            billing: Annotated[Client, Depends(billing_client)],
        ) -> dict[str, Any]:
            page = billing.list_invoices(sort="number")
            invoices = [{"id": str(invoice.id), "number": invoice.number, "amount": invoice.amount} for invoice in page.items]
            return {"source": "billing", "invoices": invoices}

        """

    /// The same in the go consumer's hooks (a chi route under /orders): the glue package's shared client,
    /// called with the request's context so the caller's token and traceparent go on.
    static let goBusinessCode = """
        // Package hooks is where the business logic of each entity lives.
        package hooks

        import (
        \t"database/sql"
        \t"net/http"

        \t"github.com/go-chi/chi/v5"

        \tbillingclient "orders/clients/billing"
        \t"orders/internal/clients/billing"
        \t"orders/internal/httpx"
        \t"orders/internal/resource"
        )

        // Order holds the business logic of Order: the invoices billing holds for our orders.
        type Order struct {
        \tresource.NoHooks
        }

        type invoiceSummary struct {
        \tID     string `json:"id"`
        \tNumber string `json:"number"`
        \tAmount string `json:"amount"`
        }

        // Routes adds GET /orders/billing-summary.
        func (Order) Routes(r chi.Router, db *sql.DB) {
        \tr.Get("/billing-summary", func(w http.ResponseWriter, r *http.Request) {
        \t\tclient, err := billing.Client()
        \t\tif err != nil {
        \t\t\thttpx.Error(w, r, err)
        \t\t\treturn
        \t\t}
        \t\tsort := "number"
        \t\tpage, err := client.ListInvoices(billing.Context(r), billingclient.ListInvoicesParams{Sort: &sort})
        \t\tif err != nil {
        \t\t\thttpx.Error(w, r, err)
        \t\t\treturn
        \t\t}
        \t\tinvoices := make([]invoiceSummary, 0, len(page.Items))
        \t\tfor _, invoice := range page.Items {
        \t\t\tinvoices = append(invoices, invoiceSummary{ID: invoice.ID, Number: invoice.Number, Amount: invoice.Amount})
        \t\t}
        \t\thttpx.WriteJSON(w, http.StatusOK, map[string]any{"source": "billing", "invoices": invoices})
        \t})
        }

        """

    /// The same in the swift consumer's hooks (a Hummingbird route under /orders): the glue taken at start,
    /// a client per request carrying the caller's token and traceparent.
    static let swiftBusinessCode = """
        import Hummingbird

        /// The business logic of Order: the invoices billing holds for our orders.
        struct OrderHooks: EntityHooks {
            struct InvoiceSummary: Codable {
                var id: String
                var number: String
                var amount: String
            }

            struct BillingSummary: ResponseCodable {
                var source: String
                var invoices: [InvoiceSummary]
            }

            func addRoutes(to group: RouterGroup<AppRequestContext>, repository: EntityRepository) {
                let billing = BillingService.environment
                group.get("billing-summary") { request, context -> BillingSummary in
                    _ = try context.requireCaller()
                    let page = try await billing.client(for: request).listInvoices(query: .init(sort: "number")).ok.body.json
                    let invoices = page.items.map { InvoiceSummary(id: $0.id, number: $0.number, amount: $0.amount) }
                    return BillingSummary(source: "billing", invoices: invoices)
                }
            }
        }

        """
}
