using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipPortal.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgreementLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Attachments_AgreementId",
                table: "Attachments");

            migrationBuilder.AddColumn<bool>(
                name: "IsCurrent",
                table: "Attachments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ResponsibleUserId",
                table: "Agreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgreementSignatory",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementPartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementSignatory", x => x.Id);
                    table.CheckConstraint("CK_AgreementSignatory_PersonOrName", "\"PersonId\" IS NOT NULL OR \"Name\" IS NOT NULL");
                    table.ForeignKey(
                        name: "FK_AgreementSignatory_AgreementParty_AgreementPartyId",
                        column: x => x.AgreementPartyId,
                        principalTable: "AgreementParty",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementSignatory_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgreementTransition",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementTransition", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementTransition_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_OneCurrentDocument",
                table: "Attachments",
                columns: new[] { "AgreementId", "IsCurrent" },
                unique: true,
                filter: "\"IsCurrent\"");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_ResponsibleUserId",
                table: "Agreements",
                column: "ResponsibleUserId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSignatory_AgreementPartyId",
                table: "AgreementSignatory",
                column: "AgreementPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSignatory_PersonId",
                table: "AgreementSignatory",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementTransition_AgreementId_At",
                table: "AgreementTransition",
                columns: new[] { "AgreementId", "At" });

            migrationBuilder.AddForeignKey(
                name: "FK_Agreements_AspNetUsers_ResponsibleUserId",
                table: "Agreements",
                column: "ResponsibleUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Agreements_AspNetUsers_ResponsibleUserId",
                table: "Agreements");

            migrationBuilder.DropTable(
                name: "AgreementSignatory");

            migrationBuilder.DropTable(
                name: "AgreementTransition");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_OneCurrentDocument",
                table: "Attachments");

            migrationBuilder.DropIndex(
                name: "IX_Agreements_ResponsibleUserId",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "IsCurrent",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "ResponsibleUserId",
                table: "Agreements");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_AgreementId",
                table: "Attachments",
                column: "AgreementId");
        }
    }
}
