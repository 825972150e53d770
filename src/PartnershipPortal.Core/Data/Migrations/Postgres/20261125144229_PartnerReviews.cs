using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PartnershipPortal.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartnerReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartnerReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstitutionId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    AuthorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StrategicFit = table.Column<int>(type: "integer", nullable: false),
                    AcademicQuality = table.Column<int>(type: "integer", nullable: false),
                    Activity = table.Column<int>(type: "integer", nullable: false),
                    Reliability = table.Column<int>(type: "integer", nullable: false),
                    Recommendation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Strengths = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Concerns = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerReviews", x => x.Id);
                    table.CheckConstraint("CK_PartnerReview_AcademicQuality", "\"AcademicQuality\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_PartnerReview_Activity", "\"Activity\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_PartnerReview_Reliability", "\"Reliability\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_PartnerReview_StrategicFit", "\"StrategicFit\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_PartnerReviews_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnerReviews_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstitutionId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FulfilledByReviewId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewRequests_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewRequests_PartnerReviews_FulfilledByReviewId",
                        column: x => x.FulfilledByReviewId,
                        principalTable: "PartnerReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ReviewRequests_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerReviews_InstitutionId_UnitId_ReviewedOn",
                table: "PartnerReviews",
                columns: new[] { "InstitutionId", "UnitId", "ReviewedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerReviews_UnitId",
                table: "PartnerReviews",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRequests_FulfilledByReviewId",
                table: "ReviewRequests",
                column: "FulfilledByReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRequests_InstitutionId",
                table: "ReviewRequests",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRequests_UnitId_FulfilledByReviewId",
                table: "ReviewRequests",
                columns: new[] { "UnitId", "FulfilledByReviewId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewRequests");

            migrationBuilder.DropTable(
                name: "PartnerReviews");
        }
    }
}
