import Fluent

/// Every migration, in the order they must run. Append only: a migration that has run in
/// production is never edited, a new one changes it.
enum AppMigrations {
    static var all: [any Migration] {
        [
            CreateSecretariats(),
            CreateSectors(),
            CreateOrganizations(),
            CreatePeople(),
            CreateSeats(),
            CreateSeatTerms(),
            CreateFacilitatorTerms(),
            CreateUsers(),
            CreateRoleGrants(),
            CreateAPITokens(),
            CreateAuditEntries(),
            CreateGovernanceVersions(),
            CreateLoginAttempts(),
            SessionRecord.migration,
            // Installation of an STL
            CreateInstallationSteps(),
            CreateInstallationEvidence(),
            CreatePromoterMembers(),
            CreateWorkRouteActivities(),
            CreateOpenCalls(),
            CreateCallRegistrations(),
            CreateElections(),
            CreateElectionCredentials(),
            CreateElectionCandidates(),
            CreateElectionReceipts(),
            CreateElectionBallots(),
            CreateFacilitatorSelections(),
            CreateInstallationActs(),
            // Sessions, voting, minutes and archive.
            CreateStlSessions(),
            CreateAgendaProposals(),
            CreateAgendaItems(),
            CreateSeatAttendances(),
            CreateMotions(),
            CreateVotes(),
            CreateAgreements(),
            CreateMinutes(),
            CreateSigningKeys(),
            CreateMinutesSignatures(),
            CreateArchiveEntries(),
            // Follow-up: agreements, action plan, finances and outreach.
            CreateAgreementNotes(),
            CreateActionPlans(),
            CreateCommitments(),
            CreateMilestones(),
            CreateExpenses(),
            CreateOutreachActivities(),
            // Performance at national scale.
            CreateDataVersions(),
            UpdateMotionsAddIndexes(),
            UpdateAgreementsAddIndexes(),
            UpdateSeatTermsAddIndexes(),
            UpdateOrganizationsAddIndexes(),
            UpdateFacilitatorTermsAddIndexes(),
            UpdateAuditEntriesAddIndexes(),
            UpdateRoleGrantsAddIndexes(),
            UpdateSecretariatsAddIndexes(),
            UpdateExpensesAddIndexes(),
            UpdateOutreachActivitiesAddIndexes(),
            UpdateAgreementNotesAddIndexes(),
            UpdateCommitmentsAddIndexes(),
            UpdateDataVersionsAddDirectoryRow(),
            // Revocable sessions, tokens and grants.
            CreateWebSessions(),
            UpdateRoleGrantsAddTerm(),
            UpdateCredentialsAddSealedDelivery(),
            // National coordination: a read-only role over every STL.
            CreateNationalGrants(),
            // Signed checkpoints of the archives, so a truncated or rebuilt chain shows.
            CreatePlatformKeys(),
            CreateArchiveCheckpoints(),
            // Correcting and annulling expenses.
            UpdateExpensesAddAnnulment(),
            // What the demo loader invented says so.
            AddDemoMarks(),
            // Per-STL data versions for the page cache.
            AddSecretariatDataVersions(),
            // The charter changes only by the STL's decision.
            CreateGovernanceDrafts(),
            // Civil society chooses its own: how each civil-society holder was seated.
            UpdateSeatTermsAddAppointment(),
            // E-mail outbox and in-app notices.
            CreateMailOutbox(),
            CreateNotices(),
            // A declined agenda proposal keeps its reason.
            UpdateAgendaProposalsAddDeclineReason(),
            // Documents attached to records, stored by content.
            CreateDocuments(),
        ]
    }
}
