"""Service Bus operations the legacy package did not have, without recordings.

Requests must be exactly as given (the replay server compares method, path, query,
x-ms-version, content type and body); responses are Atom documents written after those
the recordings hold, with the descriptions of the Azure .NET SDK's ServiceBusManagement
client. Constant headers are checked on the built request.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cassettes import SUBSCRIPTION_ID as SUB, Interaction
from exchanges import exchange
from fixturetypes import Serve
from narrow import present
from requestcapture import capturing, sent
from servicemanagement import QueueDescription, ServiceBusManagementService, TopicDescription

NAMESPACE = f"/{SUB}/services/servicebus/namespaces/ns"
ATOM = "http://www.w3.org/2005/Atom"
CONNECT = "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"
VERSION = "2012-03-01"


def entry(description: str) -> str:
    return (
        f'<entry xmlns="{ATOM}"><id>https://ns.servicebus.windows.net/x</id>'
        f'<title type="text">x</title><updated>2015-07-01T00:00:00Z</updated>'
        f'<content type="application/xml">{description}</content></entry>'
    )


def feed(*descriptions: str) -> str:
    entries = "".join(entry(d).replace(f' xmlns="{ATOM}"', "", 1) for d in descriptions)
    return f'<feed xmlns="{ATOM}"><title type="text">x</title>{entries}</feed>'


def request_entry(description: str) -> str:
    return f'<entry xmlns="{ATOM}"><content type="application/xml">{description}</content></entry>'


def servicebus(serve: Serve, *interactions: Interaction) -> ServiceBusManagementService:
    return serve(list(interactions), ServiceBusManagementService)


QUEUE = (
    f'<QueueDescription xmlns="{CONNECT}"><LockDuration>PT1M</LockDuration>'
    "<MaxSizeInMegabytes>1024</MaxSizeInMegabytes><RequiresSession>false</RequiresSession>"
    "<MaxDeliveryCount>10</MaxDeliveryCount><MessageCount>3</MessageCount></QueueDescription>"
)
TOPIC = (
    f'<TopicDescription xmlns="{CONNECT}"><MaxSizeInMegabytes>1024</MaxSizeInMegabytes>'
    "<SubscriptionCount>2</SubscriptionCount><AutoDeleteOnIdle>P10675199D</AutoDeleteOnIdle>"
    "<EntityAvailabilityStatus>Available</EntityAvailabilityStatus></TopicDescription>"
)


def detail(key: str) -> str:
    return (
        f'<ConnectionDetail xmlns="{CONNECT}"><KeyName>{key}</KeyName>'
        f"<ConnectionString>Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName={key}"
        "</ConnectionString><AuthorizationType>SharedAccessAuthorization</AuthorizationType>"
        "<Rights><AccessRights>Listen</AccessRights><AccessRights>Send</AccessRights></Rights>"
        "</ConnectionDetail>"
    )


def test_queues(serve: Serve) -> None:
    create = request_entry(
        f'<QueueDescription xmlns="{CONNECT}"><LockDuration>PT1M</LockDuration>'
        "<MaxSizeInMegabytes>1024</MaxSizeInMegabytes></QueueDescription>"
    )
    client = servicebus(
        serve,
        exchange(
            "PUT",
            f"{NAMESPACE}/queues/q/",
            version=VERSION,
            body=create,
            status=201,
            response=entry(QUEUE),
        ),
        exchange("GET", f"{NAMESPACE}/Queues/q", version=VERSION, response=entry(QUEUE)),
        exchange(
            "GET",
            f"{NAMESPACE}/Queues/q/ConnectionDetails",
            version=VERSION,
            response=feed(detail("app")),
        ),
        exchange("DELETE", f"{NAMESPACE}/Queues/q", version=VERSION),
    )

    queue = QueueDescription(lock_duration="PT1M", max_size_in_megabytes=1024)
    created = present(client.create_queue("ns", "q", queue))
    assert (created.max_delivery_count, created.message_count) == (10, 3)
    assert present(client.get_queue("ns", "q")).lock_duration == "PT1M"
    [connection] = client.get_queue_connection_details("ns", "q")
    assert (connection.key_name, connection.rights) == ("app", ["Listen", "Send"])
    client.delete_queue("ns", "q")


def test_topics(serve: Serve) -> None:
    create = request_entry(
        f'<TopicDescription xmlns="{CONNECT}"><MaxSizeInMegabytes>1024</MaxSizeInMegabytes>'
        "</TopicDescription>"
    )
    client = servicebus(
        serve,
        exchange(
            "PUT",
            f"{NAMESPACE}/topics/t/",
            version=VERSION,
            body=create,
            status=201,
            response=entry(TOPIC),
        ),
        exchange("GET", f"{NAMESPACE}/topics/t", version=VERSION, response=entry(TOPIC)),
        exchange(
            "GET", f"{NAMESPACE}/Topics/t/ConnectionDetails", version=VERSION, response=feed()
        ),
        exchange("DELETE", f"{NAMESPACE}/topics/t", version=VERSION),
    )

    created = present(client.create_topic("ns", "t", TopicDescription(max_size_in_megabytes=1024)))
    assert (created.subscription_count, created.entity_availability_status) == (2, "Available")
    assert present(client.get_topic("ns", "t")).auto_delete_on_idle == "P10675199D"
    assert client.get_topic_connection_details("ns", "t") == []
    client.delete_topic("ns", "t")


def test_notification_hubs_relays_and_namespace_connections(serve: Serve) -> None:
    hub = (
        f'<NotificationHubDescription xmlns="{CONNECT}"><RegistrationTtl>P39D</RegistrationTtl>'
        "</NotificationHubDescription>"
    )
    secondary = detail("root").replace(
        "</ConnectionDetail>",
        "<SecondaryConnectionString>Endpoint=sb://2/</SecondaryConnectionString></ConnectionDetail>",
    )
    client = servicebus(
        serve,
        exchange("GET", f"{NAMESPACE}/NotificationHubs/h", version=VERSION, response=entry(hub)),
        exchange(
            "GET",
            f"{NAMESPACE}/NotificationHubs/h/ConnectionDetails",
            version=VERSION,
            response=feed(detail("a"), detail("b")),
        ),
        exchange("DELETE", f"{NAMESPACE}/NotificationHubs/h", version=VERSION),
        exchange(
            "GET",
            f"{NAMESPACE}/Relays/r/ConnectionDetails",
            version=VERSION,
            response=feed(detail("c")),
        ),
        exchange(
            "GET", f"{NAMESPACE}/ConnectionDetails", version=VERSION, response=feed(secondary)
        ),
    )

    assert present(client.get_notification_hub("ns", "h")).registration_ttl == "P39D"
    assert [d.key_name for d in client.get_notification_hub_connection_details("ns", "h")] == [
        "a",
        "b",
    ]
    client.delete_notification_hub("ns", "h")
    assert [d.key_name for d in client.get_relay_connection_details("ns", "r")] == ["c"]
    [root] = client.get_namespace_description("ns")
    assert root.secondary_connection_string == "Endpoint=sb://2/"


def rule(revision: int = 0) -> str:
    return (
        f'<SharedAccessAuthorizationRule xmlns="{CONNECT}"><ClaimType>SharedAccessKey</ClaimType>'
        "<ClaimValue>None</ClaimValue><Rights><AccessRights>Listen</AccessRights></Rights>"
        "<CreatedTime>2015-07-01T00:00:00Z</CreatedTime><ModifiedTime>2015-07-01T00:00:00Z</ModifiedTime>"
        f"<Revision>{revision}</Revision><KeyName>app</KeyName><PrimaryKey>a2V5</PrimaryKey>"
        "<SecondaryKey>a2V5Mg==</SecondaryKey></SharedAccessAuthorizationRule>"
    )


def test_namespace_authorization_rules(serve: Serve, monkeypatch: pytest.MonkeyPatch) -> None:
    now = "2015-07-01T00:00:00+00:00"  # the client's clock, as create_namespace writes it
    sent_rule = (
        f'<SharedAccessAuthorizationRule xmlns="{CONNECT}">'
        f"<Rights><AccessRights>Listen</AccessRights></Rights><CreatedTime>{now}</CreatedTime><ModifiedTime>{now}</ModifiedTime>"
        "<Revision>%d</Revision><KeyName>app</KeyName><PrimaryKey>a2V5</PrimaryKey>"
        "</SharedAccessAuthorizationRule>"
    )
    rules = f"{NAMESPACE}/AuthorizationRules"
    client = servicebus(
        serve,
        exchange(
            "POST",
            rules,
            version=VERSION,
            body=request_entry(sent_rule % 0),
            status=201,
            response=entry(rule()),
        ),
        exchange(
            "PUT",
            f"{rules}/app",
            version=VERSION,
            body=request_entry(sent_rule % 1),
            status=201,
            response=entry(rule(2)),
        ),
        exchange("GET", f"{rules}/app", version=VERSION, response=entry(rule(2))),
        exchange("GET", rules, version=VERSION, response=feed(rule(2))),
        exchange("DELETE", f"{rules}/app", version=VERSION, status=204),
    )
    monkeypatch.setattr(client, "_now", lambda: datetime(2015, 7, 1, tzinfo=UTC))

    created = present(
        client.create_namespace_authorization_rule("ns", "app", ["Listen"], primary_key="a2V5")
    )
    assert (created.key_name, created.revision, created.secondary_key) == ("app", 0, "a2V5Mg==")
    updated = present(
        client.update_namespace_authorization_rule("ns", "app", ["Listen"], "a2V5", revision=1)
    )
    assert updated.revision == 2
    assert present(client.get_namespace_authorization_rule("ns", "app")).rights == ["Listen"]
    assert [r.key_name for r in client.list_namespace_authorization_rules("ns")] == ["app"]
    client.delete_namespace_authorization_rule("ns", "app")


@pytest.mark.parametrize(
    ("operation", "args", "headers"),
    [
        (
            "create_queue",
            ("ns", "q", QueueDescription()),
            {"type": "entry", "x-process-at": "ServiceBus"},
        ),
        ("list_namespace_authorization_rules", ("ns",), {"Accept": "application/atom+xml"}),
        (
            "update_namespace_authorization_rule",
            ("ns", "app", ["Send"]),
            {"Accept": "application/atom+xml", "If-Match": "*", "type": "entry"},
        ),
    ],
)
def test_constant_headers(
    operation: str, args: tuple[object, ...], headers: dict[str, str]
) -> None:
    with capturing(ServiceBusManagementService)(SUB, credential="not-used") as client:
        request = sent(getattr(client, operation)(*args))
    assert set(headers.items()) <= set(request.headers)
