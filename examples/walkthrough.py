"""The Service Management guide's walkthrough, run against the local emulator.

Each section is the guide's code (Microsoft's Azure guide "Verwenden der
Dienstverwaltung aus Python", how to use Service Management from Python) as written,
in the guide's order. What differs:

- the connection values come from the emulator's ``connection.json`` (its address and
  CA are passed to ``ServiceManagementService`` next to the guide's two arguments);
- the guide's placeholders (``'url_to_storage_blob_for_source_image_vhd'``, "replace
  the below three parameters with actual values") are given real values;
- where the guide starts an asynchronous operation and a later step depends on it
  finishing, the walkthrough waits for it (``wait``) and says so.

Usage: ``python examples/walkthrough.py CONNECTION_JSON`` (``make demo`` runs it).
"""

import json
import sys

from azure import *  # noqa: F403 - the guide's import lines, as written
from azure.servicemanagement import *  # noqa: F403

with open(sys.argv[1] if len(sys.argv) > 1 else "connection.json") as handle:
    connection = json.load(handle)
subscription_id = connection["subscription_id"]
certificate_path = connection["certificate_path"]
#: Where the VHDs of the walkthrough live (the guide leaves these as placeholders).
BLOBS = "https://mystorageaccount.blob.core.windows.net/vhds"


def connect() -> ServiceManagementService:  # noqa: F405
    """The guide's ``ServiceManagementService(subscription_id, certificate_path)``, on the
    emulator: its address and its CA are the connection values the guide cannot know."""
    return ServiceManagementService(  # noqa: F405
        subscription_id,
        certificate_path,
        host=connection["host"],
        ca_certs=connection["ca_certs"],
    )


def section(title: str) -> None:
    print()
    print("=" * 78)
    print(title)
    print("=" * 78)


def wait(result: AsynchronousOperationResult) -> None:  # noqa: F405
    """Poll an asynchronous operation until it has finished (the guide's steps depend on it)."""
    sms = connect()
    operation = sms.get_operation_status(result.request_id)
    print("  ... operation " + result.request_id + ": " + operation.status, end="", flush=True)
    operation = sms.wait_for_operation_status(
        result.request_id, timeout=60, sleep_interval=0.2, progress_callback=None
    )
    print(" -> " + operation.status)


# ---------------------------------------------------------------------------------------
section("Auflisten verfügbarer Standorte (list_locations)")

sms = connect()

result = sms.list_locations()
for location in result:
    print(location.name)

# ---------------------------------------------------------------------------------------
section("Erstellen eines Clouddiensts (create_hosted_service)")

name = "myhostedservice"
label = "myhostedservice"
desc = "my hosted service"
location = "West US"

sms.create_hosted_service(name, label, desc, location)

result = sms.list_hosted_services()

for hosted_service in result:
    print("Service name: " + hosted_service.service_name)
    print("Management URL: " + hosted_service.url)
    print("Location: " + hosted_service.hosted_service_properties.location)
    print("")

hosted_service = sms.get_hosted_service_properties("myhostedservice")

print("Service name: " + hosted_service.service_name)
print("Management URL: " + hosted_service.url)
print("Location: " + hosted_service.hosted_service_properties.location)

# ---------------------------------------------------------------------------------------
section("Löschen eines Clouddiensts (delete_hosted_service)")

result = sms.delete_hosted_service("myhostedservice")
wait(result)
print("Hosted services left: " + str(len(sms.list_hosted_services())))

# ---------------------------------------------------------------------------------------
section("Erstellen eines Speicherdiensts (create_storage_account, get_operation_status)")

name = "mystorageaccount"
label = "mystorageaccount"
location = "West US"
desc = "My storage account description."

result = sms.create_storage_account(name, desc, label, location=location)

operation_result = sms.get_operation_status(result.request_id)
print("Operation status: " + operation_result.status)
wait(result)

result = sms.list_storage_accounts()
for account in result:
    print("Service name: " + account.service_name)
    print("Location: " + account.storage_service_properties.location)
    print("")

# ---------------------------------------------------------------------------------------
section("Löschen eines Speicherdiensts (delete_storage_account)")

result = sms.delete_storage_account("mystorageaccount")
wait(result)
print("Storage accounts left: " + str(len(sms.list_storage_accounts())))

# ---------------------------------------------------------------------------------------
section("Auflisten verfügbarer Betriebssysteme (list_operating_systems, _families)")

result = sms.list_operating_systems()

for os in result:
    print("OS: " + os.label)
    print("Family: " + os.family_label)
    print("Active: " + str(os.is_active))

result = sms.list_operating_system_families()

for family in result:
    print("Family: " + family.label)
    for os in family.operating_systems:
        if os.is_active:
            print("OS: " + os.label)
            print("Version: " + os.version)
    print("")

# ---------------------------------------------------------------------------------------
section("Erstellen eines Betriebssystemimage (add_os_image, list_os_images)")

name = "mycentos"
label = "mycentos"
os = "Linux"  # Linux or Windows
media_link = BLOBS + "/mycentos.vhd"  # the guide: 'url_to_storage_blob_for_source_image_vhd'

result = sms.add_os_image(label, media_link, name, os)

operation_result = sms.get_operation_status(result.request_id)
print("Operation status: " + operation_result.status)
wait(result)

result = sms.list_os_images()

for image in result:
    print("Name: " + image.name)
    print("Label: " + image.label)
    print("OS: " + image.os)
    print("Category: " + image.category)
    print("Description: " + image.description)
    print("Location: " + image.location)
    print("Media link: " + image.media_link)
    print("")

# ---------------------------------------------------------------------------------------
section("Löschen eines Betriebssystemimage (delete_os_image)")

result = sms.delete_os_image("mycentos")

operation_result = sms.get_operation_status(result.request_id)
print("Operation status: " + operation_result.status)
wait(result)

# ---------------------------------------------------------------------------------------
section("Erstellen eines virtuellen Computers (create_virtual_machine_deployment)")

name = "myvm"
location = "West US"

# Set the location
result = sms.create_hosted_service(service_name=name, label=name, location=location)
wait(result)

# Name of an os image as returned by list_os_images
image_name = "OpenLogic__OpenLogic-CentOS-62-20120531-de-DE-30GB.vhd"

# Destination storage account container/blob where the VM disk
# will be created
media_link = BLOBS + "/myvm.vhd"  # the guide: 'url_to_target_storage_blob_for_vm_hd'

# Linux VM configuration, you can use WindowsConfigurationSet
# for a Windows VM instead
linux_config = LinuxConfigurationSet("myhostname", "myuser", "mypassword", True)  # noqa: F405

os_hd = OSVirtualHardDisk(image_name, media_link)  # noqa: F405

result = sms.create_virtual_machine_deployment(
    service_name=name,
    deployment_name=name,
    deployment_slot="production",
    label=name,
    role_name=name,
    system_config=linux_config,
    os_virtual_hard_disk=os_hd,
    role_size="Small",
)
wait(result)

deployment = sms.get_deployment_by_name(name, name)
for instance in deployment.role_instance_list:
    print(
        "Role instance: " + instance.instance_name + " (" + instance.instance_status + ", "
        + instance.power_state + ")"
    )  # fmt: skip

# ---------------------------------------------------------------------------------------
section("Erfassen eines Images eines virtuellen Computers (capture_vm_image, list_vm_images)")

# replace the below three parameters with actual values
hosted_service_name = "myvm"
deployment_name = "myvm"
vm_name = "myvm"

image_name = vm_name + "image"
image = CaptureRoleAsVMImage(  # noqa: F405
    "Specialized",
    image_name,
    image_name + "label",
    image_name + "description",
    "english",
    "mygroup",
)

result = sms.capture_vm_image(hosted_service_name, deployment_name, vm_name, image)
wait(result)

images = sms.list_vm_images()
for vm_image in images:
    print("VM image: " + vm_image.name + " (" + vm_image.category + ")")

# ---------------------------------------------------------------------------------------
section("Löschen eines virtuellen Computers (delete_deployment, delete_hosted_service)")

result = sms.delete_deployment(service_name="myvm", deployment_name="myvm")
wait(result)

result = sms.delete_hosted_service(service_name="myvm")
wait(result)

# ---------------------------------------------------------------------------------------
section("Erstellen eines virtuellen Computers aus dem erfassten Image (vm_image_name)")

name = "myvm"
location = "West US"

# Set the location
result = sms.create_hosted_service(service_name=name, label=name, location=location)
wait(result)

result = sms.create_virtual_machine_deployment(
    service_name=name,
    deployment_name=name,
    deployment_slot="production",
    label=name,
    role_name=name,
    system_config=linux_config,
    os_virtual_hard_disk=None,
    role_size="Small",
    vm_image_name=image_name,
)
wait(result)

role = sms.get_role(name, name, name)
print("VM " + role.role_name + " runs from disk " + role.os_virtual_hard_disk.disk_name)

# ---------------------------------------------------------------------------------------
section("Aufräumen: Bereitstellungen, Dienste, Datenträger und Images löschen")

result = sms.delete_deployment("myvm", "myvm", delete_vhd=True)
wait(result)
result = sms.delete_hosted_service("myvm")
wait(result)
for disk in sms.list_disks():
    print("Deleting the first VM's disk " + disk.name)
    sms.delete_disk(disk.name, delete_vhd=True)
result = sms.delete_vm_image(image_name, delete_vhd=True)
wait(result)
print("Hosted services left: " + str(len(sms.list_hosted_services())))
print("Disks left: " + str(len(sms.list_disks())))

print()
print("The guide's walkthrough ran to the end.")
