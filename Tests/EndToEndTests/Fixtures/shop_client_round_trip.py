"""One typed client, generated from the shop contract, against a running shop service of any stack.

scripts/service-check.sh runs this with pytest when SERVICE_CHECK_CLIENT_TEST names it: the same
Python client (`groundwork client generate --lang python`) must work unchanged against the
python-fastapi, node-express, go-chi and swift-hummingbird services generated from
docs/examples/shop.model.yaml. Environment: SERVICE_URL, JWT_SECRET; the client's package on PYTHONPATH.
"""

from __future__ import annotations

import os
import time
import uuid

import jwt
import pytest
from shop_client import ApiError, Client, models

URL = os.environ["SERVICE_URL"]
SECRET = os.environ["JWT_SECRET"]
RUN = uuid.uuid4().hex[:8].upper()


def token(subject: str, roles: list[str], tenant: str) -> str:
    now = int(time.time())
    claims = {"sub": subject, "roles": roles, "tenant": tenant, "iat": now, "exp": now + 600}
    return jwt.encode(claims, SECRET, algorithm="HS256")


@pytest.fixture
def manager() -> Client:
    with Client(URL, token=token("manager-a", ["manager"], f"tenant-a-{RUN}")) as client:
        yield client


def test_crud_round_trip_through_the_typed_client(manager: Client) -> None:
    created = manager.create_product(models.ProductCreate(sku=f"RT-{RUN}-1", title="Round trip", price="12.50"))
    assert created.sku == f"RT-{RUN}-1"
    assert created.tenant == f"tenant-a-{RUN}"
    assert created.active is True
    assert manager.get_product(created.id).title == "Round trip"

    updated = manager.update_product(created.id, models.ProductUpdate(title="Renamed", stock=3))
    assert (updated.title, updated.stock, updated.price) == ("Renamed", 3, created.price)

    manager.delete_product(created.id)
    with pytest.raises(ApiError) as missing:
        manager.get_product(created.id)
    assert missing.value.status == 404
    assert missing.value.title


def test_cursor_pages_filters_and_sorting(manager: Client) -> None:
    for number in range(5):
        manager.create_product(models.ProductCreate(sku=f"PG-{RUN}-{number}", title=f"Page {number}", price=f"{number + 1}.00"))
    first = manager.list_products(sku_contains=f"PG-{RUN}", sort="-price", limit=2)
    assert [item.price for item in first.items] == ["5.00", "4.00"]
    assert first.next_cursor
    every = list(manager.iter_list_products(sku_contains=f"PG-{RUN}", sort="-price", limit=2))
    assert [item.sku for item in every] == [f"PG-{RUN}-{number}" for number in (4, 3, 2, 1, 0)]
    cheap = manager.list_products(sku_contains=f"PG-{RUN}", price_lte="2.00", sort="price")
    assert [item.price for item in cheap.items] == ["1.00", "2.00"]


def test_validation_errors_are_typed(manager: Client) -> None:
    with pytest.raises(ApiError) as invalid:
        manager.create_product(models.ProductCreate(sku="not a sku", title="Bad", price="1.00"))
    assert invalid.value.status == 400
    assert [error["field"] for error in invalid.value.errors] == ["sku"]


def test_row_scopes_hold_through_the_client(manager: Client) -> None:
    manager.create_product(models.ProductCreate(sku=f"SC-{RUN}-1", title="Tenant A only", price="1.00"))
    with Client(URL, token=token("manager-b", ["manager"], f"tenant-b-{RUN}")) as other:
        assert other.list_products(sku_contains=f"SC-{RUN}").items == []


def test_callers_without_a_grant_are_refused() -> None:
    with Client(URL, token=token("customer-a", ["customer"], f"tenant-a-{RUN}")) as customer:
        with pytest.raises(ApiError) as refused:
            customer.create_product(models.ProductCreate(sku=f"NO-{RUN}-1", title="Denied", price="1.00"))
        assert refused.value.status == 403
    with Client(URL) as anonymous:
        with pytest.raises(ApiError) as unauthenticated:
            anonymous.list_products()
        assert unauthenticated.value.status == 401
        assert anonymous.health().status


def test_put_replaces_the_whole_resource(manager: Client) -> None:
    created = manager.create_product(
        models.ProductCreate(sku=f"PUT-{RUN}-1", title="Full", price="3.00", description="first", stock=7, active=False)
    )
    replaced = manager.replace_product(created.id, models.ProductReplace(sku=f"PUT-{RUN}-1", title="Replaced", price="4.00"))
    # Omitted fields go back to their defaults (or null), as a full replacement means.
    assert (replaced.title, replaced.price, replaced.description, replaced.stock, replaced.active) == (
        "Replaced",
        "4.00",
        None,
        0,
        True,
    )


def test_references_outside_the_callers_scope_look_like_missing_rows(manager: Client) -> None:
    product = manager.create_product(models.ProductCreate(sku=f"REF-{RUN}-1", title="Tenant A", price="1.00"))
    with Client(URL, token=token("customer-b", ["customer"], f"tenant-b-{RUN}")) as stranger:
        with pytest.raises(ApiError) as out_of_scope:
            stranger.create_review(models.ReviewCreate(product_id=product.id, rating=5))
        with pytest.raises(ApiError) as missing:
            stranger.create_review(models.ReviewCreate(product_id=str(uuid.uuid4()), rating=5))
    # The same answer either way: a caller learns nothing about rows it may not read.
    assert (out_of_scope.value.status, out_of_scope.value.errors) == (missing.value.status, missing.value.errors)
    assert out_of_scope.value.status == 400
    assert [error["field"] for error in out_of_scope.value.errors] == ["product_id"]


def test_many_to_many_ids_outside_the_callers_scope_are_refused(manager: Client) -> None:
    # Tags belong to a tenant; an order may carry only tags its author can read.
    foreign = manager.create_tag(models.TagCreate(label=f"A-{RUN}"))
    # One caller of tenant B with both roles: manager to create the customer and the tag, customer to order.
    with Client(URL, token=token("shopper-b", ["manager", "customer"], f"tenant-b-{RUN}")) as shopper:
        customer = shopper.create_customer(models.CustomerCreate(email=f"b-{RUN.lower()}@example.com", name="B"))
        own = shopper.create_tag(models.TagCreate(label=f"B-{RUN}"))
        with pytest.raises(ApiError) as out_of_scope:
            shopper.create_order(models.OrderCreate(customer_id=customer.id, tags=[own.id, foreign.id]))
        with pytest.raises(ApiError) as missing:
            shopper.create_order(models.OrderCreate(customer_id=customer.id, tags=[own.id, str(uuid.uuid4())]))
        order = shopper.create_order(models.OrderCreate(customer_id=customer.id, tags=[own.id]))
        assert [str(tag) for tag in order.tags] == [str(own.id)]
        with pytest.raises(ApiError) as update:
            shopper.update_order(order.id, models.OrderUpdate(tags=[foreign.id]))
    for refused in (out_of_scope, missing, update):
        assert refused.value.status == 400
        assert [error["field"] for error in refused.value.errors] == ["tags"]


def test_many_to_many_lists_show_and_replace_only_the_links_the_caller_may_read(manager: Client) -> None:
    # An admin (every tenant) links an order of tenant A to a tag of tenant A and one of tenant B.
    mine = manager.create_tag(models.TagCreate(label=f"LA-{RUN}"))
    another = manager.create_tag(models.TagCreate(label=f"LA2-{RUN}"))
    with Client(URL, token=token("manager-b", ["manager"], f"tenant-b-{RUN}")) as other:
        theirs = other.create_tag(models.TagCreate(label=f"LB-{RUN}"))
    with Client(URL, token=token("admin-a", ["admin"], f"tenant-a-{RUN}")) as admin:
        customer = admin.create_customer(models.CustomerCreate(email=f"l-{RUN.lower()}@example.com", name="L"))
        order = admin.create_order(models.OrderCreate(customer_id=customer.id, tags=[mine.id, theirs.id]))
        assert sorted(str(tag) for tag in order.tags) == sorted([str(mine.id), str(theirs.id)])

        # Tenant A's manager sees only tenant A's tag, in the item and in the list.
        assert [str(tag) for tag in manager.get_order(order.id).tags] == [str(mine.id)]
        listed = manager.list_orders(customer_id=str(customer.id)).items
        assert [[str(tag) for tag in item.tags] for item in listed] == [[str(mine.id)]]

        # Replacing the list (PATCH, then PUT) replaces only the links the manager can see: B's stays.
        patched = manager.update_order(order.id, models.OrderUpdate(tags=[another.id]))
        assert [str(tag) for tag in patched.tags] == [str(another.id)]
        assert sorted(str(tag) for tag in admin.get_order(order.id).tags) == sorted([str(another.id), str(theirs.id)])
        replaced = manager.replace_order(order.id, models.OrderReplace(customer_id=customer.id, tags=[]))
        assert replaced.tags == []
        assert [str(tag) for tag in admin.get_order(order.id).tags] == [str(theirs.id)]
