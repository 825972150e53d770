using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace PartnershipPortal.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Institutions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Acronym = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RorId = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 9, nullable: true),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsHome = table.Column<bool>(type: "INTEGER", nullable: false),
                    RelationshipStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Institutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Institutions_Institutions_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IscedFields",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IscedFields", x => x.Code);
                    table.ForeignKey(
                        name: "FK_IscedFields_IscedFields_ParentCode",
                        column: x => x.ParentCode,
                        principalTable: "IscedFields",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Frameworks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Acronym = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OwnerInstitutionId = table.Column<int>(type: "INTEGER", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Frameworks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Frameworks_Institutions_OwnerInstitutionId",
                        column: x => x.OwnerInstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstitutionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Units_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Facilities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Facilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Facilities_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OriginalScriptName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InstitutionId = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_People_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResponsibleUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponsiblePersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    RenewsAgreementId = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agreements_Agreements_RenewsAgreementId",
                        column: x => x.RenewsAgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Agreements_People_ResponsiblePersonId",
                        column: x => x.ResponsiblePersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Agreements_Units_ResponsibleUnitId",
                        column: x => x.ResponsibleUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Delegations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DeclaredSize = table.Column<int>(type: "INTEGER", nullable: true),
                    HeadPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Delegations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Delegations_People_HeadPersonId",
                        column: x => x.HeadPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AgreementField",
                columns: table => new
                {
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    IscedCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementField", x => new { x.AgreementId, x.IscedCode });
                    table.ForeignKey(
                        name: "FK_AgreementField_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementField_IscedFields_IscedCode",
                        column: x => x.IscedCode,
                        principalTable: "IscedFields",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgreementFramework",
                columns: table => new
                {
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    FrameworkId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementFramework", x => new { x.AgreementId, x.FrameworkId });
                    table.ForeignKey(
                        name: "FK_AgreementFramework_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementFramework_Frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgreementParty",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    InstitutionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementParty", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementParty_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementParty_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DelegationInstitution",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DelegationId = table.Column<int>(type: "INTEGER", nullable: false),
                    InstitutionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DelegationInstitution", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DelegationInstitution_Delegations_DelegationId",
                        column: x => x.DelegationId,
                        principalTable: "Delegations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DelegationInstitution_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DelegationMember",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DelegationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoleInDelegation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DelegationMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DelegationMember_Delegations_DelegationId",
                        column: x => x.DelegationId,
                        principalTable: "Delegations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DelegationMember_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HostInstitutionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DelegationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visits_Delegations_DelegationId",
                        column: x => x.DelegationId,
                        principalTable: "Delegations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Visits_Institutions_HostInstitutionId",
                        column: x => x.HostInstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FacilityId = table.Column<int>(type: "INTEGER", nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItem_Facilities_FacilityId",
                        column: x => x.FacilityId,
                        principalTable: "Facilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaItem_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementVisit",
                columns: table => new
                {
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementVisit", x => new { x.AgreementId, x.VisitId });
                    table.ForeignKey(
                        name: "FK_AgreementVisit_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementVisit_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FollowUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OwnerPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUps", x => x.Id);
                    table.CheckConstraint("CK_FollowUpAction_OneSubject", "(\"VisitId\" IS NOT NULL AND \"AgreementId\" IS NULL) OR (\"VisitId\" IS NULL AND \"AgreementId\" IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_FollowUps_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUps_People_OwnerPersonId",
                        column: x => x.OwnerPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_FollowUps_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Quotation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SpeakerPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    SpeakerDescription = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Quotation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Quotation_People_SpeakerPersonId",
                        column: x => x.SpeakerPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Quotation_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitCooperationInterest",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Wording = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitCooperationInterest", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitCooperationInterest_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitFieldOfInterest",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    IscedCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Wording = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitFieldOfInterest", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitFieldOfInterest_IscedFields_IscedCode",
                        column: x => x.IscedCode,
                        principalTable: "IscedFields",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VisitFieldOfInterest_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitFramework",
                columns: table => new
                {
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    FrameworkId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitFramework", x => new { x.VisitId, x.FrameworkId });
                    table.ForeignKey(
                        name: "FK_VisitFramework_Frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VisitFramework_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitHost",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    RoleDescription = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    LeadsTalks = table.Column<bool>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitHost", x => x.Id);
                    table.CheckConstraint("CK_VisitHost_PersonOrRole", "\"PersonId\" IS NOT NULL OR \"RoleDescription\" IS NOT NULL");
                    table.ForeignKey(
                        name: "FK_VisitHost_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VisitHost_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_VisitHost_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitOutcome",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitOutcome", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitOutcome_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "IscedFields",
                columns: new[] { "Code", "Level", "Name", "ParentCode" },
                values: new object[,]
                {
                    { "00", "Broad", "Generic programmes and qualifications", null },
                    { "01", "Broad", "Education", null },
                    { "02", "Broad", "Arts and humanities", null },
                    { "03", "Broad", "Social sciences, journalism and information", null },
                    { "04", "Broad", "Business, administration and law", null },
                    { "05", "Broad", "Natural sciences, mathematics and statistics", null },
                    { "06", "Broad", "Information and Communication Technologies (ICTs)", null },
                    { "07", "Broad", "Engineering, manufacturing and construction", null },
                    { "08", "Broad", "Agriculture, forestry, fisheries and veterinary", null },
                    { "09", "Broad", "Health and welfare", null },
                    { "10", "Broad", "Services", null },
                    { "99", "Broad", "Field unknown", null },
                    { "001", "Narrow", "Basic programmes and qualifications", "00" },
                    { "002", "Narrow", "Literacy and numeracy", "00" },
                    { "003", "Narrow", "Personal skills and development", "00" },
                    { "011", "Narrow", "Education", "01" },
                    { "018", "Narrow", "Inter-disciplinary programmes and qualifications involving education", "01" },
                    { "021", "Narrow", "Arts", "02" },
                    { "022", "Narrow", "Humanities (except languages)", "02" },
                    { "023", "Narrow", "Languages", "02" },
                    { "028", "Narrow", "Inter-disciplinary programmes and qualifications involving arts and humanities", "02" },
                    { "031", "Narrow", "Social and behavioural sciences", "03" },
                    { "032", "Narrow", "Journalism and information", "03" },
                    { "038", "Narrow", "Inter-disciplinary programmes and qualifications involving social sciences, journalism and information", "03" },
                    { "041", "Narrow", "Business and administration", "04" },
                    { "042", "Narrow", "Law", "04" },
                    { "048", "Narrow", "Inter-disciplinary programmes and qualifications involving business, administration and law", "04" },
                    { "051", "Narrow", "Biological and related sciences", "05" },
                    { "052", "Narrow", "Environment", "05" },
                    { "053", "Narrow", "Physical sciences", "05" },
                    { "054", "Narrow", "Mathematics and statistics", "05" },
                    { "058", "Narrow", "Inter-disciplinary programmes and qualifications involving natural sciences, mathematics and statistics", "05" },
                    { "061", "Narrow", "Information and Communication Technologies (ICTs)", "06" },
                    { "068", "Narrow", "Inter-disciplinary programmes and qualifications involving Information and Communication Technologies (ICTs)", "06" },
                    { "071", "Narrow", "Engineering and engineering trades", "07" },
                    { "072", "Narrow", "Manufacturing and processing", "07" },
                    { "073", "Narrow", "Architecture and construction", "07" },
                    { "078", "Narrow", "Inter-disciplinary programmes and qualifications involving engineering, manufacturing and construction", "07" },
                    { "081", "Narrow", "Agriculture", "08" },
                    { "082", "Narrow", "Forestry", "08" },
                    { "083", "Narrow", "Fisheries", "08" },
                    { "084", "Narrow", "Veterinary", "08" },
                    { "088", "Narrow", "Inter-disciplinary programmes and qualifications involving agriculture, forestry, fisheries and veterinary", "08" },
                    { "091", "Narrow", "Health", "09" },
                    { "092", "Narrow", "Welfare", "09" },
                    { "098", "Narrow", "Inter-disciplinary programmes and qualifications involving health and welfare", "09" },
                    { "101", "Narrow", "Personal services", "10" },
                    { "102", "Narrow", "Hygiene and occupational health services", "10" },
                    { "103", "Narrow", "Security services", "10" },
                    { "104", "Narrow", "Transport services", "10" },
                    { "108", "Narrow", "Inter-disciplinary programmes and qualifications involving services", "10" },
                    { "999", "Narrow", "Field unknown", "99" },
                    { "0011", "Detailed", "Basic programmes and qualifications", "001" },
                    { "0021", "Detailed", "Literacy and numeracy", "002" },
                    { "0031", "Detailed", "Personal skills and development", "003" },
                    { "0111", "Detailed", "Education science", "011" },
                    { "0112", "Detailed", "Training for pre-school teachers", "011" },
                    { "0113", "Detailed", "Teacher training without subject specialisation", "011" },
                    { "0114", "Detailed", "Teacher training with subject specialisation", "011" },
                    { "0119", "Detailed", "Education not elsewhere classified", "011" },
                    { "0188", "Detailed", "Inter-disciplinary programmes and qualifications involving education", "018" },
                    { "0211", "Detailed", "Audio-visual techniques and media production", "021" },
                    { "0212", "Detailed", "Fashion, interior and industrial design", "021" },
                    { "0213", "Detailed", "Fine arts", "021" },
                    { "0214", "Detailed", "Handicrafts", "021" },
                    { "0215", "Detailed", "Music and performing arts", "021" },
                    { "0219", "Detailed", "Arts not elsewhere classified", "021" },
                    { "0221", "Detailed", "Religion and theology", "022" },
                    { "0222", "Detailed", "History and archaeology", "022" },
                    { "0223", "Detailed", "Philosophy and ethics", "022" },
                    { "0229", "Detailed", "Humanities (except languages) not elsewhere classified", "022" },
                    { "0231", "Detailed", "Language acquisition", "023" },
                    { "0232", "Detailed", "Literature and linguistics", "023" },
                    { "0239", "Detailed", "Languages not elsewhere classified", "023" },
                    { "0288", "Detailed", "Inter-disciplinary programmes and qualifications involving arts and humanities", "028" },
                    { "0311", "Detailed", "Economics", "031" },
                    { "0312", "Detailed", "Political sciences and civics", "031" },
                    { "0313", "Detailed", "Psychology", "031" },
                    { "0314", "Detailed", "Sociology and cultural studies", "031" },
                    { "0319", "Detailed", "Social and behavioural sciences not elsewhere classified", "031" },
                    { "0321", "Detailed", "Journalism and reporting", "032" },
                    { "0322", "Detailed", "Library, information and archival studies", "032" },
                    { "0329", "Detailed", "Journalism and information not elsewhere classified", "032" },
                    { "0388", "Detailed", "Inter-disciplinary programmes and qualifications involving social sciences, journalism and information", "038" },
                    { "0411", "Detailed", "Accounting and taxation", "041" },
                    { "0412", "Detailed", "Finance, banking and insurance", "041" },
                    { "0413", "Detailed", "Management and administration", "041" },
                    { "0414", "Detailed", "Marketing and advertising", "041" },
                    { "0415", "Detailed", "Secretarial and office work", "041" },
                    { "0416", "Detailed", "Wholesale and retail sales", "041" },
                    { "0417", "Detailed", "Work skills", "041" },
                    { "0419", "Detailed", "Business and administration not elsewhere classified", "041" },
                    { "0421", "Detailed", "Law", "042" },
                    { "0429", "Detailed", "Law not elsewhere classified", "042" },
                    { "0488", "Detailed", "Inter-disciplinary programmes and qualifications involving business, administration and law", "048" },
                    { "0511", "Detailed", "Biology", "051" },
                    { "0512", "Detailed", "Biochemistry", "051" },
                    { "0519", "Detailed", "Biological and related sciences not elsewhere classified", "051" },
                    { "0521", "Detailed", "Environmental sciences", "052" },
                    { "0522", "Detailed", "Natural environments and wildlife", "052" },
                    { "0529", "Detailed", "Environment not elsewhere classified", "052" },
                    { "0531", "Detailed", "Chemistry", "053" },
                    { "0532", "Detailed", "Earth sciences", "053" },
                    { "0533", "Detailed", "Physics", "053" },
                    { "0539", "Detailed", "Physical sciences not elsewhere classified", "053" },
                    { "0541", "Detailed", "Mathematics", "054" },
                    { "0542", "Detailed", "Statistics", "054" },
                    { "0588", "Detailed", "Inter-disciplinary programmes and qualifications involving natural sciences, mathematics and statistics", "058" },
                    { "0611", "Detailed", "Computer use", "061" },
                    { "0612", "Detailed", "Database and network design and administration", "061" },
                    { "0613", "Detailed", "Software and applications development and analysis", "061" },
                    { "0619", "Detailed", "Information and Communication Technologies (ICTs) not elsewhere classified", "061" },
                    { "0688", "Detailed", "Inter-disciplinary programmes and qualifications involving Information and Communication Technologies (ICTs)", "068" },
                    { "0711", "Detailed", "Chemical engineering and processes", "071" },
                    { "0712", "Detailed", "Environmental protection technology", "071" },
                    { "0713", "Detailed", "Electricity and energy", "071" },
                    { "0714", "Detailed", "Electronics and automation", "071" },
                    { "0715", "Detailed", "Mechanics and metal trades", "071" },
                    { "0716", "Detailed", "Motor vehicles, ships and aircraft", "071" },
                    { "0719", "Detailed", "Engineering and engineering trades not elsewhere classified", "071" },
                    { "0721", "Detailed", "Food processing", "072" },
                    { "0722", "Detailed", "Materials (glass, paper, plastic and wood)", "072" },
                    { "0723", "Detailed", "Textiles (clothes, footwear and leather)", "072" },
                    { "0724", "Detailed", "Mining and extraction", "072" },
                    { "0729", "Detailed", "Manufacturing and processing not elsewhere classified", "072" },
                    { "0731", "Detailed", "Architecture and town planning", "073" },
                    { "0732", "Detailed", "Building and civil engineering", "073" },
                    { "0788", "Detailed", "Inter-disciplinary programmes and qualifications involving engineering, manufacturing and construction", "078" },
                    { "0811", "Detailed", "Crop and livestock production", "081" },
                    { "0812", "Detailed", "Horticulture", "081" },
                    { "0819", "Detailed", "Agriculture not elsewhere classified", "081" },
                    { "0821", "Detailed", "Forestry", "082" },
                    { "0831", "Detailed", "Fisheries", "083" },
                    { "0841", "Detailed", "Veterinary", "084" },
                    { "0888", "Detailed", "Inter-disciplinary programmes and qualifications involving agriculture, forestry, fisheries and veterinary", "088" },
                    { "0911", "Detailed", "Dental studies", "091" },
                    { "0912", "Detailed", "Medicine", "091" },
                    { "0913", "Detailed", "Nursing and midwifery", "091" },
                    { "0914", "Detailed", "Medical diagnostic and treatment technology", "091" },
                    { "0915", "Detailed", "Therapy and rehabilitation", "091" },
                    { "0916", "Detailed", "Pharmacy", "091" },
                    { "0917", "Detailed", "Traditional and complementary medicine and therapy", "091" },
                    { "0919", "Detailed", "Health not elsewhere classified", "091" },
                    { "0921", "Detailed", "Care of the elderly and of disabled adults", "092" },
                    { "0922", "Detailed", "Child care and youth services", "092" },
                    { "0923", "Detailed", "Social work and counselling", "092" },
                    { "0929", "Detailed", "Welfare not elsewhere classified", "092" },
                    { "0988", "Detailed", "Inter-disciplinary programmes and qualifications involving health and welfare", "098" },
                    { "1011", "Detailed", "Domestic services", "101" },
                    { "1012", "Detailed", "Hair and beauty services", "101" },
                    { "1013", "Detailed", "Hotel, restaurants and catering", "101" },
                    { "1014", "Detailed", "Sports", "101" },
                    { "1015", "Detailed", "Travel, tourism and leisure", "101" },
                    { "1019", "Detailed", "Personal services not elsewhere classified", "101" },
                    { "1021", "Detailed", "Community sanitation", "102" },
                    { "1022", "Detailed", "Occupational health and safety", "102" },
                    { "1029", "Detailed", "Hygiene and occupational health services not elsewhere classified", "102" },
                    { "1031", "Detailed", "Military and defence", "103" },
                    { "1032", "Detailed", "Protection of persons and property", "103" },
                    { "1039", "Detailed", "Security services not elsewhere classified", "103" },
                    { "1041", "Detailed", "Transport services", "104" },
                    { "1088", "Detailed", "Inter-disciplinary programmes and qualifications involving services", "108" },
                    { "9999", "Detailed", "Field unknown", "999" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItem_FacilityId",
                table: "AgendaItem",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItem_VisitId",
                table: "AgendaItem",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementField_IscedCode",
                table: "AgreementField",
                column: "IscedCode");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementFramework_FrameworkId",
                table: "AgreementFramework",
                column: "FrameworkId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParty_AgreementId_InstitutionId",
                table: "AgreementParty",
                columns: new[] { "AgreementId", "InstitutionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParty_InstitutionId",
                table: "AgreementParty",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_ExpiresOn",
                table: "Agreements",
                column: "ExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_RenewsAgreementId",
                table: "Agreements",
                column: "RenewsAgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_ResponsiblePersonId",
                table: "Agreements",
                column: "ResponsiblePersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_ResponsibleUnitId",
                table: "Agreements",
                column: "ResponsibleUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_SearchText",
                table: "Agreements",
                column: "SearchText");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Status",
                table: "Agreements",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVisit_VisitId",
                table: "AgreementVisit",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_DelegationInstitution_DelegationId_InstitutionId",
                table: "DelegationInstitution",
                columns: new[] { "DelegationId", "InstitutionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DelegationInstitution_InstitutionId",
                table: "DelegationInstitution",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_DelegationMember_DelegationId_PersonId",
                table: "DelegationMember",
                columns: new[] { "DelegationId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DelegationMember_PersonId",
                table: "DelegationMember",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_HeadPersonId",
                table: "Delegations",
                column: "HeadPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_SearchText",
                table: "Delegations",
                column: "SearchText");

            migrationBuilder.CreateIndex(
                name: "IX_Facilities_UnitId",
                table: "Facilities",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_AgreementId",
                table: "FollowUps",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_DueOn",
                table: "FollowUps",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_OwnerPersonId",
                table: "FollowUps",
                column: "OwnerPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_VisitId",
                table: "FollowUps",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_Frameworks_OwnerInstitutionId",
                table: "Frameworks",
                column: "OwnerInstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Frameworks_SearchText",
                table: "Frameworks",
                column: "SearchText");

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_CountryCode",
                table: "Institutions",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_Name",
                table: "Institutions",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_ParentId",
                table: "Institutions",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_SearchText",
                table: "Institutions",
                column: "SearchText");

            migrationBuilder.CreateIndex(
                name: "IX_IscedFields_ParentCode",
                table: "IscedFields",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_People_InstitutionId",
                table: "People",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_People_SearchText",
                table: "People",
                column: "SearchText");

            migrationBuilder.CreateIndex(
                name: "IX_People_UnitId",
                table: "People",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Quotation_SpeakerPersonId",
                table: "Quotation",
                column: "SpeakerPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Quotation_VisitId",
                table: "Quotation",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_InstitutionId",
                table: "Units",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitCooperationInterest_VisitId",
                table: "VisitCooperationInterest",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitFieldOfInterest_IscedCode",
                table: "VisitFieldOfInterest",
                column: "IscedCode");

            migrationBuilder.CreateIndex(
                name: "IX_VisitFieldOfInterest_VisitId_IscedCode",
                table: "VisitFieldOfInterest",
                columns: new[] { "VisitId", "IscedCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitFramework_FrameworkId",
                table: "VisitFramework",
                column: "FrameworkId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitHost_PersonId",
                table: "VisitHost",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitHost_UnitId",
                table: "VisitHost",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitHost_VisitId",
                table: "VisitHost",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitOutcome_VisitId",
                table: "VisitOutcome",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_DelegationId",
                table: "Visits",
                column: "DelegationId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_HostInstitutionId",
                table: "Visits",
                column: "HostInstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_SearchText",
                table: "Visits",
                column: "SearchText");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_StartDate",
                table: "Visits",
                column: "StartDate");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaItem");

            migrationBuilder.DropTable(
                name: "AgreementField");

            migrationBuilder.DropTable(
                name: "AgreementFramework");

            migrationBuilder.DropTable(
                name: "AgreementParty");

            migrationBuilder.DropTable(
                name: "AgreementVisit");

            migrationBuilder.DropTable(
                name: "DelegationInstitution");

            migrationBuilder.DropTable(
                name: "DelegationMember");

            migrationBuilder.DropTable(
                name: "FollowUps");

            migrationBuilder.DropTable(
                name: "Quotation");

            migrationBuilder.DropTable(
                name: "VisitCooperationInterest");

            migrationBuilder.DropTable(
                name: "VisitFieldOfInterest");

            migrationBuilder.DropTable(
                name: "VisitFramework");

            migrationBuilder.DropTable(
                name: "VisitHost");

            migrationBuilder.DropTable(
                name: "VisitOutcome");

            migrationBuilder.DropTable(
                name: "Facilities");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "IscedFields");

            migrationBuilder.DropTable(
                name: "Frameworks");

            migrationBuilder.DropTable(
                name: "Visits");

            migrationBuilder.DropTable(
                name: "Delegations");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "Units");

            migrationBuilder.DropTable(
                name: "Institutions");
        }
    }
}
