"""The public catalogue every subscription sees, as wire data.

Values are shaped like the 2015 recordings (list_locations, list_role_sizes,
list_operating_systems, list_os_images, list_vm_images): real names, labels and
sizes, trimmed to a representative subset.
"""

from __future__ import annotations

import base64
from typing import Any

from servicemanagement.emulator.wire import Wire

# ---- role sizes ------------------------------------------------------------------

#: name, cores, memory MB, web/worker roles?, max data disks, web/worker disk MB, VM disk MB
_ROLE_SIZES: tuple[tuple[str, int, int, bool, int, int, int], ...] = (
    ("A10", 8, 57344, True, 16, 1861268, 391828),
    ("A11", 16, 114688, True, 16, 1861268, 391828),
    ("A5", 2, 14336, True, 4, 501760, 138240),
    ("A6", 4, 28672, True, 8, 1024000, 291840),
    ("A7", 8, 57344, True, 16, 2088960, 619520),
    ("A8", 8, 57344, True, 16, 1861268, 391828),
    ("A9", 16, 114688, True, 16, 1861268, 391828),
    ("Basic_A0", 1, 768, False, 1, 0, 20480),
    ("Basic_A1", 1, 1792, False, 2, 0, 40960),
    ("Basic_A2", 2, 3584, False, 4, 0, 61440),
    ("Basic_A3", 4, 7168, False, 8, 0, 122880),
    ("Basic_A4", 8, 14336, False, 16, 0, 245760),
    ("ExtraLarge", 8, 14336, True, 16, 2088960, 619520),
    ("ExtraSmall", 1, 768, True, 1, 20480, 20480),
    ("Large", 4, 7168, True, 8, 1024000, 291840),
    ("Medium", 2, 3584, True, 4, 501760, 138240),
    ("Small", 1, 1792, True, 2, 230400, 71680),
    ("Standard_D1", 1, 3584, True, 2, 51200, 51200),
    ("Standard_D11", 2, 14336, True, 4, 102400, 102400),
    ("Standard_D12", 4, 28672, True, 8, 256000, 256000),
    ("Standard_D13", 8, 57344, True, 16, 512000, 512000),
    ("Standard_D14", 16, 114688, True, 32, 1024000, 1024000),
    ("Standard_D2", 2, 7168, True, 4, 102400, 102400),
    ("Standard_D3", 4, 14336, True, 8, 256000, 256000),
    ("Standard_D4", 8, 28672, True, 16, 512000, 512000),
    ("Standard_DS1", 1, 3584, False, 2, 0, 7168),
    ("Standard_DS11", 2, 14336, False, 4, 0, 28672),
    ("Standard_DS12", 4, 28672, False, 8, 0, 57344),
    ("Standard_DS13", 8, 57344, False, 16, 0, 114688),
    ("Standard_DS14", 16, 114688, False, 32, 0, 229376),
    ("Standard_DS2", 2, 7168, False, 4, 0, 14336),
    ("Standard_DS3", 4, 14336, False, 8, 0, 28672),
    ("Standard_DS4", 8, 28672, False, 16, 0, 57344),
    ("Standard_G1", 2, 28672, False, 4, 0, 393216),
    ("Standard_G2", 4, 57344, False, 8, 0, 786432),
    ("Standard_G3", 8, 114688, False, 16, 0, 1572864),
    ("Standard_G4", 16, 229376, False, 32, 0, 3145728),
    ("Standard_G5", 32, 458752, False, 64, 0, 6291456),
)

ROLE_SIZES: list[Wire] = [
    {
        "Name": name,
        "Label": f"{name} ({cores} cores, {memory} MB)",
        "Cores": cores,
        "MemoryInMb": memory,
        "SupportedByWebWorkerRoles": web,
        "SupportedByVirtualMachines": True,
        "MaxDataDiskCount": disks,
        "WebWorkerResourceDiskSizeInMb": web_disk,
        "VirtualMachineResourceDiskSizeInMb": vm_disk,
    }
    for name, cores, memory, web, disks, web_disk, vm_disk in _ROLE_SIZES
]
ROLE_SIZE_NAMES = frozenset(size[0] for size in _ROLE_SIZES)

# ---- locations -------------------------------------------------------------------

_CLASSIC = ("A5", "A6", "A7", "ExtraLarge", "ExtraSmall", "Large", "Medium", "Small")
_HPC = ("A10", "A11", "A8", "A9")
_D = tuple(n for n, *_ in _ROLE_SIZES if n.startswith("Standard_D") and "DS" not in n)
_DS = tuple(n for n, *_ in _ROLE_SIZES if n.startswith("Standard_DS"))
_G = tuple(n for n, *_ in _ROLE_SIZES if n.startswith("Standard_G"))
_BASIC = tuple(n for n, *_ in _ROLE_SIZES if n.startswith("Basic_"))
_STORAGE = ["Standard_LRS", "Standard_ZRS", "Standard_GRS", "Standard_RAGRS"]

#: name, web/worker size groups, extra VM size groups, offers Premium_LRS
_LOCATIONS: tuple[
    tuple[str, tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], bool], ...
] = (
    ("East US", (_HPC, _CLASSIC, _D), (), False),
    ("West US", (_HPC, _CLASSIC, _D), (_DS, _G), True),
    ("Central US", (_CLASSIC, _D), (), False),
    ("South Central US", (_HPC, _CLASSIC, _D), (), False),
    ("North Central US", (_HPC, _CLASSIC, _D), (), False),
    ("East US 2", (_CLASSIC, _D), (_DS, _G), True),
    ("North Europe", (_HPC, _CLASSIC, _D), (), False),
    ("West Europe", (_HPC, _CLASSIC, _D), (_DS,), True),
    ("Southeast Asia", (_CLASSIC, _D), (_DS,), True),
    ("East Asia", (_CLASSIC, _D), (), False),
    ("Japan West", (_CLASSIC, _D), (_DS,), True),
    ("Japan East", (_HPC, _CLASSIC, _D), (), False),
    ("Brazil South", (_CLASSIC,), (), False),
    ("Australia Southeast", (_CLASSIC, _D), (), False),
    ("Australia East", (_CLASSIC, _D), (_DS,), True),
    ("Central India", (_CLASSIC,), (), False),
    ("South India", (_CLASSIC,), (), False),
)


def _location(
    name: str,
    web_groups: tuple[tuple[str, ...], ...],
    vm_groups: tuple[tuple[str, ...], ...],
    premium: bool,
) -> Wire:
    web = sorted(n for group in web_groups for n in group)
    return {
        "Name": name,
        "DisplayName": name,
        "AvailableServices": ["Compute", "Storage", "PersistentVMRole", "HighMemory"],
        "ComputeCapabilities": {
            "WebWorkerRoleSizes": web,
            "VirtualMachinesRoleSizes": sorted(
                [*web, *_BASIC, *(n for group in vm_groups for n in group)]
            ),
        },
        "StorageCapabilities": {
            "StorageAccountTypes": [*_STORAGE, "Premium_LRS"] if premium else list(_STORAGE)
        },
    }


LOCATIONS: list[Wire] = [
    *(_location(*entry) for entry in _LOCATIONS),
    # A region announced but not yet open, as the recordings show it.
    {
        "Name": "West India",
        "DisplayName": "West India",
        "AvailableServices": ["None"],
        "ComputeCapabilities": {"WebWorkerRoleSizes": [], "VirtualMachinesRoleSizes": []},
    },
]


def compute_capabilities(location: str) -> Wire | None:
    """The role sizes ``location`` offers."""
    found = next((entry for entry in LOCATIONS if entry["Name"] == location), None)
    return None if found is None else found.get("ComputeCapabilities")


LOCATION_NAMES = frozenset(str(location["Name"]) for location in LOCATIONS[:-1])
ALL_LOCATIONS = ";".join(str(location["Name"]) for location in LOCATIONS[:-3])

#: A location's geo-replication partner (GeoSecondaryRegion of storage accounts).
PAIRED_REGIONS = {
    "East US": "West US",
    "West US": "East US",
    "Central US": "East US 2",
    "East US 2": "Central US",
    "North Central US": "South Central US",
    "South Central US": "North Central US",
    "North Europe": "West Europe",
    "West Europe": "North Europe",
    "Southeast Asia": "East Asia",
    "East Asia": "Southeast Asia",
    "Japan East": "Japan West",
    "Japan West": "Japan East",
    "Brazil South": "South Central US",
    "Australia East": "Australia Southeast",
    "Australia Southeast": "Australia East",
    "Central India": "South India",
    "South India": "Central India",
}

# ---- guest operating systems ---------------------------------------------------


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


_FAMILIES = {
    "1": "Windows Server 2008 SP2",
    "2": "Windows Server 2008 R2",
    "3": "Windows Server 2012",
    "4": "Windows Server 2012 R2",
}
#: family -> (first release, then the four active ones; the newest is the default)
_RELEASES = {
    "1": ("1.0_200912-01", "1.45_201503-01", "1.46_201504-01", "1.47_201505-02", "1.48_201506-01"),
    "2": ("2.0_201010-01", "2.37_201503-01", "2.38_201504-01", "2.39_201505-02", "2.40_201506-01"),
    "3": ("3.0_201208-02", "3.25_201503-01", "3.26_201504-01", "3.27_201505-02", "3.28_201506-01"),
    "4": ("4.0_201309-03", "4.18_201503-01", "4.19_201504-01", "4.20_201505-02", "4.21_201506-01"),
}


def _guest_os(release: str, position: int, count: int) -> Wire:
    number, _, build = release.partition("_")
    return {
        # Labels travel base64-encoded; the spec's base64 fields take them as text.
        "Version": f"WA-GUEST-OS-{release}",
        "Label": f"Windows Azure Guest OS {number} (Release {build})",
        "IsDefault": position == count - 1,
        "IsActive": position > 0,
    }


OPERATING_SYSTEM_FAMILIES: list[Wire] = [
    {
        "Name": family,
        "Label": label,
        "OperatingSystems": sorted(
            (_guest_os(r, i, len(_RELEASES[family])) for i, r in enumerate(_RELEASES[family])),
            key=lambda os: str(os["Version"]),
        ),
    }
    for family, label in _FAMILIES.items()
]

OPERATING_SYSTEMS: list[Wire] = [
    {**os, "Family": family["Name"], "FamilyLabel": family["Label"]}
    for family in OPERATING_SYSTEM_FAMILIES
    for os in family["OperatingSystems"]
]

# ---- public OS images ------------------------------------------------------------

_UBUNTU_DESCRIPTION = (
    "Ubuntu Server 14.04.2-LTS (amd64 20150610) for Microsoft Azure. Ubuntu Server is the"
    " world's most popular Linux for cloud environments. Updates and patches for Ubuntu"
    " 14.04.2-LTS will be available until 2019-04-17."
)
_WINDOWS_DESCRIPTION = (
    "At the heart of the Microsoft Cloud OS vision, Windows Server 2012 R2 brings Microsoft's"
    " experience delivering global-scale cloud services into your infrastructure. This image"
    " includes Windows Server 2012 R2 Update."
)


def _os_image(name: str, label: str, os: str, size: int, publisher: str, **extra: Any) -> Wire:
    return {
        "Category": "Public",
        "Label": label,
        "Location": ALL_LOCATIONS,
        "LogicalSizeInGB": size,
        "Name": name,
        "OS": os,
        "IsPremium": False,
        "PublisherName": publisher,
        "IOType": "Standard_LRS",
        **extra,
    }


OS_IMAGES: list[Wire] = [
    _os_image(
        "2b171e93f07c4903bcad35bda10acf22__CoreOS-Stable-681.2.0",
        "CoreOS Stable",
        "Linux",
        31,
        "CoreOS",
        Description="The Stable channel should be used by production clusters. Versions of"
        " CoreOS are battle-tested within the Beta and Alpha channels before being promoted.",
        ImageFamily="CoreOS Stable",
        PublishedDate="2015-06-18T00:00:00Z",
        IconUri="coreos-globe-color-lg-100px.png",
        RecommendedVMSize="Medium",
        SmallIconUri="coreos-globe-color-lg-45px.png",
    ),
    _os_image(
        "5112500ae3b842c8b9c604889f8753c3__OpenLogic-CentOS-66-20150605",
        "OpenLogic 6.6",
        "Linux",
        30,
        "OpenLogic",
        Eula="http://www.openlogic.com/azure/service-agreement/",
        Description="This distribution of Linux is based on CentOS version 6.6 and is provided"
        " by OpenLogic. It contains an installation of the Basic Server packages.",
        ImageFamily="OpenLogic 6",
        PublishedDate="2015-06-05T06:00:00Z",
        IconUri="CentOS6_100.png",
        SmallIconUri="CentOS6_45.png",
    ),
    # The image the Service Management guide's walkthrough names.
    _os_image(
        "OpenLogic__OpenLogic-CentOS-62-20120531-de-DE-30GB.vhd",
        "OpenLogic CentOS 6.2",
        "Linux",
        30,
        "OpenLogic",
        Eula="http://www.openlogic.com/azure/service-agreement/",
        Description="This distribution of Linux is based on CentOS version 6.2 and is provided"
        " by OpenLogic. It contains an installation of the Basic Server packages.",
        ImageFamily="OpenLogic 6",
        PublishedDate="2012-05-31T00:00:00Z",
        IconUri="CentOS6_100.png",
        SmallIconUri="CentOS6_45.png",
    ),
    _os_image(
        "a699494373c04fc0bc8f2bb1389d6106__Windows-Server-2012-R2-201505.01-en.us-127GB.vhd",
        "Windows Server 2012 R2 Datacenter, May 2015",
        "Windows",
        128,
        "Microsoft Windows Server Group",
        Description=_WINDOWS_DESCRIPTION,
        ImageFamily="Windows Server 2012 R2 Datacenter",
        PublishedDate="2015-05-22T07:00:00Z",
        IconUri="WindowsServer2012R2_100.png",
        RecommendedVMSize="Standard_D1",
        SmallIconUri="WindowsServer2012R2_45.png",
    ),
    _os_image(
        "fb83b3509582419d99629ce476bcb5c8__Microsoft-SQL-Server-2008R2SP2-Enterprise-CY13SU04"
        "-SQL2008-SP2-10.50.4021.0",
        "SQL Server 2008 R2 SP2 Enterprise on Windows Server 2008 R2",
        "Windows",
        127,
        "Microsoft SQL Server Group",
        Eula="http://go.microsoft.com/fwlink/?LinkID=285681",
        Description="This image contains the full version of SQL Server. We recommend that you"
        " use a virtual machine size of large or higher.",
        ImageFamily="SQL Server 2008 R2 SP2 Enterprise on Windows Server 2008 R2",
        PublishedDate="2013-04-16T00:00:00Z",
        IsPremium=True,
        IconUri="SqlServer2008R2_100.png",
        PrivacyUri="http://msdn.microsoft.com/library/ms143384(v=sql.105).aspx",
        RecommendedVMSize="Large",
        PricingDetailLink="http://go.microsoft.com/fwlink/?LinkId=271259",
        SmallIconUri="SqlServer2008R2_45.png",
    ),
    _os_image(
        "a699494373c04fc0bc8f2bb1389d6106__Windows-Server-Technical-Preview-201505.01-en.us-127GB.vhd",
        "Windows Server Technical Preview 2",
        "Windows",
        128,
        "Microsoft Windows Server Group",
        Eula="http://go.microsoft.com/fwlink/?LinkId=544707",
        Description="Windows Server Technical Preview provides a range of new and enhanced"
        " capabilities; the VHD contains a preview release for testing purposes.",
        ImageFamily="Windows Server Technical Preview",
        PublishedDate="2015-05-04T07:00:00Z",
        IconUri="WindowsServer2012R2_100.png",
        RecommendedVMSize="Standard_D1",
        SmallIconUri="WindowsServer2012R2_45.png",
    ),
    _os_image(
        "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-15_04-amd64-server-20150616.1-en-us-30GB",
        "Ubuntu Server 15.04",
        "Linux",
        30,
        "Canonical",
        Eula="http://www.ubuntu.com/project/about-ubuntu/licensing;"
        "http://www.ubuntu.com/aboutus/privacypolicy",
        Description="Ubuntu Server 15.04 (amd64 20150616.1) for Microsoft Azure. Updates and"
        " patches for Ubuntu 15.04 will be available until 2016-01-23.",
        ImageFamily="Ubuntu Server 15.04",
        ShowInGui=True,
        PublishedDate="2015-06-17T00:00:00Z",
        IconUri="Ubuntu-cof-100.png",
        PrivacyUri="http://www.ubuntu.com/aboutus/privacypolicy",
        SmallIconUri="Ubuntu-cof-45.png",
    ),
    _os_image(
        "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_2-LTS-amd64-server-20150610-en-us-30GB",
        "Ubuntu Server 14.04.2-LTS",
        "Linux",
        30,
        "Canonical",
        Eula="http://www.ubuntu.com/project/about-ubuntu/licensing;"
        "http://www.ubuntu.com/aboutus/privacypolicy",
        Description=_UBUNTU_DESCRIPTION,
        ImageFamily="Ubuntu Server 14.04 LTS",
        ShowInGui=True,
        PublishedDate="2015-06-11T00:00:00Z",
        IconUri="Ubuntu-cof-100.png",
        PrivacyUri="http://www.ubuntu.com/aboutus/privacypolicy",
        SmallIconUri="Ubuntu-cof-45.png",
    ),
]

# ---- public VM images -----------------------------------------------------------


def _vm_image(
    name: str,
    label: str,
    os: str,
    os_state: str,
    size: int,
    publisher: str,
    data_disks: int = 0,
    **extra: Any,
) -> Wire:
    short = name.split("__", 1)[1]
    return {
        "Name": name,
        "Label": label,
        "Category": "Public",
        **({"Description": extra.pop("Description")} if "Description" in extra else {}),
        "OSDiskConfiguration": {
            "Name": f"{short}-os",
            "HostCaching": "ReadWrite",
            "OSState": os_state,
            "OS": os,
            "LogicalDiskSizeInGB": size,
            "IOType": "Standard",
        },
        "DataDiskConfigurations": [
            {
                "Name": f"{short}-datadisk-{lun}",
                "HostCaching": "None",
                "Lun": lun,
                "LogicalDiskSizeInGB": 1023,
                "IOType": "Standard",
            }
            for lun in range(data_disks)
        ],
        "Location": ALL_LOCATIONS,
        # Azure reports this placeholder date for platform images.
        "CreatedTime": "1801-01-01T00:00:00Z",
        "ModifiedTime": "1801-01-01T00:00:00Z",
        **extra,
        "IsPremium": False,
        "PublisherName": publisher,
        "VMImageState": "VMImageReadyForUse",
    }


VM_IMAGES: list[Wire] = [
    _vm_image(
        "1acf693f34c74e86a50be61cb631ddfe__ClouderaGolden-202406-699696",
        "CDH 5.1 Evaluation",
        "Linux",
        "Specialized",
        30,
        "Cloudera",
        Description="Single click deployment of CDH 5.1 Evaluation for MR, HDFS and HIVE",
        ImageFamily="CDH 5.1 Evaluation",
        RecommendedVMSize="Standard_D14",
        Eula="http://www.gnu.org/copyleft/gpl.html",
        PrivacyUri="http://www.cloudera.com/content/cloudera/en/privacy-policy.html",
        PublishedDate="2014-10-27T04:00:00Z",
    ),
    _vm_image(
        "d570a118449e48fdbe814fb54b36b60e__hdp215-8d-vm-image",
        "HDP 2.1.5 with 8 data disks",
        "Linux",
        "Generalized",
        30,
        "Hortonworks",
        data_disks=8,
        Description="HDP 2.1.5 with 8 data disks",
    ),
    _vm_image(
        "d570a118449e48fdbe814fb54b36b60e__hwx_sandbox_hdp_2.2.4.2v5",
        "Hortonworks Sandbox with HDP 2.2.4-2v5",
        "Linux",
        "Generalized",
        49,
        "Hortonworks",
        Description="Hortonworks Sandbox with HDP 2.2.4-2v5",
    ),
    _vm_image(
        "fb83b3509582419d99629ce476bcb5c8__SQL-Server-2014-RTM-12.0.2048.0-OLTP-ENU-Win2012R2-cy15su04",
        "SQL Server 2014 RTM Enterprise Optimized for Transactional Workloads on Windows"
        " Server 2012 R2",
        "Windows",
        "Generalized",
        127,
        "Microsoft SQL Server Group",
        data_disks=2,
        Description="This Enterprise Edition image is optimized for transactional workloads.",
        ImageFamily="SQL Server 2014 RTM Enterprise Optimized for Transactional Workloads",
        RecommendedVMSize="Standard_D13",
        Eula="http://go.microsoft.com/fwlink/?LinkID=286720",
        PrivacyUri="http://go.microsoft.com/fwlink/?LinkID=286720",
        PublishedDate="2015-04-15T07:00:00Z",
        Language="English",
        ShowInGui=True,
        IconUri="SqlServer2014_100.png",
        SmallIconUri="SqlServer2014_45.png",
        PricingDetailLink="http://go.microsoft.com/fwlink/?LinkId=271259",
    ),
]

# ---- VM extensions ---------------------------------------------------------------

_LINUX_EXTENSIONS = {
    "Eula": "https://github.com/Azure/azure-linux-extensions/blob/1.0/LICENSE-2_0.txt",
    "PrivacyUri": "https://github.com/Azure/azure-linux-extensions/blob/1.0/LICENSE-2_0.txt",
    "HomepageUri": "https://github.com/Azure/azure-linux-extensions",
    "IsJsonExtension": True,
    "SupportedOS": "Linux",
    "CompanyName": "Microsoft",
}
#: A configuration schema (the recordings show them base64-encoded).
_SCHEMA = base64.b64encode(
    b'<?xml version="1.0" encoding="utf-8"?><xs:schema'
    b' xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="PublicConfig"/></xs:schema>'
).decode("ascii")


def _extension(
    publisher: str, name: str, version: str, label: str, published: str, **extra: Any
) -> Wire:
    return {
        "Publisher": publisher,
        "Name": name,
        "Version": version,
        "Label": label,
        "Description": label,
        "ReplicationCompleted": True,
        "PublishedDate": published,
        "Regions": "",
        **extra,
    }


RESOURCE_EXTENSIONS: list[Wire] = [
    _extension(
        "Microsoft.Compute",
        "BGInfo",
        "1.1",
        "Windows Azure BGInfo Extension for IaaS",
        "2014-05-01T00:00:00Z",
        PublicConfigurationSchema="",
        PrivateConfigurationSchema="",
        CompanyName="Microsoft",
    ),
    _extension(
        "Microsoft.Compute",
        "CustomScriptExtension",
        "1.4",
        "Windows Azure Script Handler Extension for IaaS",
        "2015-03-31T18:22:51Z",
        PublicConfigurationSchema="",
        PrivateConfigurationSchema="",
        IsJsonExtension=True,
        CompanyName="Microsoft Azure",
    ),
    _extension(
        "Microsoft.Compute",
        "VMAccessAgent",
        "2.0",
        "VM Access Agent",
        "2015-01-21T00:00:00Z",
        PublicConfigurationSchema=_SCHEMA,
        PrivateConfigurationSchema=_SCHEMA,
        SampleConfig=_SCHEMA,
        IsJsonExtension=True,
        SupportedOS="Windows",
        CompanyName="Microsoft",
    ),
    _extension(
        "Microsoft.OSTCExtensions",
        "CustomScriptForLinux",
        "1.3",
        "Microsoft Azure Custom Script Extension for Linux IaaS",
        "2015-06-25T03:39:53Z",
        **_LINUX_EXTENSIONS,
    ),
    _extension(
        "Microsoft.OSTCExtensions",
        "VMAccessForLinux",
        "1.1",
        "Microsoft Azure VMAccess Extension for Linux IaaS",
        "2014-12-12T08:33:33Z",
        **_LINUX_EXTENSIONS,
    ),
    _extension(
        "Microsoft.HpcPack",
        "LinuxNodeAgent",
        "1.2",
        "Microsoft HPC Pack Linux Node Agent",
        "2015-05-27T11:11:03Z",
        PublicConfigurationSchema="",
        PrivateConfigurationSchema="",
        Eula="http://go.microsoft.com/fwlink/?LinkID=507756",
        PrivacyUri="http://go.microsoft.com/fwlink/?LinkID=507755",
        HomepageUri="http://www.microsoft.com/hpc",
        IsJsonExtension=True,
        DisallowMajorVersionUpgrade=True,
        SupportedOS="Linux",
        CompanyName="Microsoft",
    ),
]
