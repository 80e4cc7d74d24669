package no.sammen.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey rounds, their answers and their results. Who (ADR 0036): a leader or coordinator of the unit opens and
 * closes rounds and makes single-use codes; the unit's members who may read its courses, and its analysts, read
 * the results, which are aggregates with small figures hidden from everyone; only a leader of the unit reads the
 * free texts, and only of a round with at least the minimum number of answers. Outside one's units a round is "not
 * found". Opening, closing, codes, results and free texts read are written to the audit log. Answering needs no
 * login, and nothing about the person answering is read, stored, logged or audited.
 */
@Service
@Transactional
class SurveyService {

    static final String ROUND = "survey_round";
    static final String RESULTS = "survey_results";
    static final String FREE_TEXT = "survey_free_text";
    /** Crockford's base 32: no I, L, O or U, so that a code on paper is typed without doubt. */
    static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int CODE_LENGTH = 10;

    private final SurveyRepository repository;
    private final SurveyQuestionnaires questionnaires;
    private final SurveyProperties properties;
    private final AnswerRateLimit rateLimit;
    private final OrganisationService organisation;
    private final CurrentUserService users;
    private final AuditService audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SurveyService(SurveyRepository repository, SurveyQuestionnaires questionnaires, SurveyProperties properties,
            AnswerRateLimit rateLimit, OrganisationService organisation, CurrentUserService users, AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.questionnaires = questionnaires;
        this.properties = properties;
        this.rateLimit = rateLimit;
        this.organisation = organisation;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A round too busy to take another answer now. */
    static class TooManyAnswersException extends RuntimeException {
    }

    /** A round not open today. */
    static class RoundClosedException extends RuntimeException {
    }

    /** The public answer page's round. */
    record PublicRound(RoundView round, Questionnaire questionnaire, boolean open) {
    }

    /** The free texts of a round, or why they are not shown. */
    record FreeTexts(boolean shown, String reasonKey, Map<String, List<String>> texts) {
    }

    static boolean mayManage(CurrentUser user, UUID unitId) {
        return (user.hasRole(Role.LEADER) || user.hasRole(Role.COORDINATOR)) && user.belongsTo(unitId);
    }

    static boolean mayReadResults(CurrentUser user, UUID unitId) {
        return user.belongsTo(unitId) && (user.mayReadCourses() || user.hasRole(Role.ANALYST));
    }

    static boolean mayReadFreeText(CurrentUser user, UUID unitId) {
        return user.hasRole(Role.LEADER) && user.belongsTo(unitId);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    int minimumAnswers() {
        return properties.minimumAnswers();
    }

    boolean mayManage(UUID unitId) {
        return mayManage(users.current(), unitId);
    }

    /** The units whose rounds and results the acting user may see, by clinic and name. */
    @Transactional(readOnly = true)
    List<UnitView> units() {
        CurrentUser me = users.current();
        return organisation.units(me.unitIds()).stream().filter(u -> mayReadResults(me, u.id()))
                .sorted(Comparator.comparing(UnitView::clinicName).thenComparing(UnitView::name)).toList();
    }

    UnitView readableUnit(UUID unitId) {
        if (unitId == null || !mayReadResults(users.current(), unitId)) {
            throw new NotFoundException("unit");
        }
        return organisation.unit(unitId).orElseThrow(() -> new NotFoundException("unit"));
    }

    private SurveyRepository.RoundRow readableRound(UUID roundId) {
        SurveyRepository.RoundRow row = repository.round(roundId).orElseThrow(() -> new NotFoundException(ROUND));
        if (!mayReadResults(users.current(), row.unitId())) {
            throw new NotFoundException(ROUND);
        }
        return row;
    }

    private SurveyRepository.RoundRow managedRound(UUID roundId) {
        SurveyRepository.RoundRow row = readableRound(roundId);
        if (!mayManage(users.current(), row.unitId())) {
            throw new AccessDeniedException("may not manage survey rounds at this unit");
        }
        return row;
    }

    private String unitName(UUID unitId) {
        return organisation.unit(unitId).map(UnitView::name).orElse("");
    }

    /** Opens a round of the questionnaire's latest version, with a new unguessable public key. */
    RoundView open(UUID unitId, SurveyRules.OpenRound request) {
        CurrentUser me = users.current();
        UnitView unit = readableUnit(unitId);
        if (!mayManage(me, unitId)) {
            throw new AccessDeniedException("may not open survey rounds at this unit");
        }
        List<FieldProblem> problems = SurveyRules.round(request, questionnaires, today(), properties.maxRoundDays());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Questionnaire q = questionnaires.latest(request.questionnaire()).orElseThrow();
        SurveyRepository.RoundRow row = new SurveyRepository.RoundRow(UUID.randomUUID(), unitId, q.id(), q.version(),
                request.opensOn(), request.closesOn(), null, publicKey(), request.codesRequired(), me.displayName(),
                Instant.now(clock), 0);
        repository.insertRound(row, me.id());
        audit.record(new AuditRecord(AuditAction.CREATE, ROUND, row.id().toString(), unitId, null,
                "questionnaire " + q.key() + ", " + row.opensOn() + " to " + row.closesOn()
                        + (row.codesRequired() ? ", single-use codes" : "")));
        return row.toView(unit.name());
    }

    /** 128 random bits, URL-safe. */
    private String publicKey() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Closes a round today: it takes no more answers. */
    RoundView close(UUID roundId) {
        SurveyRepository.RoundRow row = managedRound(roundId);
        if (!repository.close(roundId, today())) {
            throw new InvalidInputException(FieldProblem.of("round", "survey.round.alreadyClosed"));
        }
        audit.record(new AuditRecord(AuditAction.UPDATE, ROUND, roundId.toString(), row.unitId(), null, "closed"));
        return repository.round(roundId).orElseThrow().toView(unitName(row.unitId()));
    }

    /**
     * Makes single-use codes for a round and returns them, once: only their hashes are kept, so they cannot be
     * shown again.
     */
    List<String> makeCodes(UUID roundId, Integer count) {
        SurveyRepository.RoundRow row = managedRound(roundId);
        if (count == null || count < 1 || count > properties.maxCodes()) {
            throw new InvalidInputException(FieldProblem.of("count", "survey.codes.count.range", properties.maxCodes()));
        }
        if (!row.codesRequired()) {
            throw new InvalidInputException(FieldProblem.of("count", "survey.codes.notUsed"));
        }
        if (row.closedOn() != null || row.closesOn().isBefore(today())) {
            throw new InvalidInputException(FieldProblem.of("count", "survey.codes.closed"));
        }
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        while (codes.size() < count) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            String hash = hash(roundId, code.toString());
            if (!hashes.contains(hash)) {
                hashes.add(hash);
                codes.add(code.substring(0, CODE_LENGTH / 2) + "-" + code.substring(CODE_LENGTH / 2));
            }
        }
        repository.insertCodes(roundId, hashes);
        audit.record(new AuditRecord(AuditAction.CREATE, ROUND, roundId.toString(), row.unitId(), null,
                count + " single-use codes"));
        return codes;
    }

    /** A code as typed, made canonical: upper case, no spaces or hyphens, O read as 0 and I or L as 1. */
    static String normalise(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
    }

    static String hash(UUID roundId, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((roundId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The unit's rounds, oldest first. */
    @Transactional(readOnly = true)
    List<RoundView> rounds(UUID unitId) {
        UnitView unit = readableUnit(unitId);
        return repository.rounds(unitId).stream().map(r -> r.toView(unit.name())).toList();
    }

    @Transactional(readOnly = true)
    RoundView round(UUID roundId) {
        SurveyRepository.RoundRow row = readableRound(roundId);
        return row.toView(unitName(row.unitId()));
    }

    Questionnaire questionnaireOf(RoundView round) {
        return questionnaires.find(round.questionnaire(), round.questionnaireVersion()).orElseThrow();
    }

    /**
     * The results of the unit's rounds of one questionnaire (every version), with the year totals, small figures
     * hidden; the read is audited.
     */
    SurveyResults.UnitResults results(UUID unitId, String questionnaire) {
        UnitView unit = readableUnit(unitId);
        if (questionnaires.latest(questionnaire).isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("questionnaire", "survey.round.questionnaire.unknown"));
        }
        audit.record(new AuditRecord(AuditAction.READ, RESULTS, unitId.toString(), unitId, null,
                "questionnaire " + questionnaire));
        return resultsOf(unit, questionnaire);
    }

    private SurveyResults.UnitResults resultsOf(UnitView unit, String questionnaire) {
        List<SurveyRepository.RoundRow> rows = repository.rounds(unit.id()).stream()
                .filter(r -> r.questionnaire().equals(questionnaire)).toList();
        List<UUID> ids = rows.stream().map(SurveyRepository.RoundRow::id).toList();
        Map<UUID, Integer> responses = repository.responseCounts(ids);
        Map<UUID, Map<String, Map<String, Integer>>> choices = repository.choiceCounts(ids);
        List<SurveyResults.Counted> counted = rows.stream().map(r -> new SurveyResults.Counted(r.toView(unit.name()),
                questionnaires.find(r.questionnaire(), r.questionnaireVersion()).orElseThrow(),
                responses.getOrDefault(r.id(), 0), choices.getOrDefault(r.id(), Map.of()))).toList();
        return SurveyResults.compute(counted, properties.minimumAnswers(), today());
    }

    /** One round's results, suppressed as among all the unit's rounds of its questionnaire; audited. */
    RoundResultView roundResults(UUID roundId) {
        SurveyRepository.RoundRow row = readableRound(roundId);
        audit.record(new AuditRecord(AuditAction.READ, RESULTS, roundId.toString(), row.unitId(), null,
                "round " + roundId));
        UnitView unit = organisation.unit(row.unitId()).orElseThrow(() -> new NotFoundException("unit"));
        return resultsOf(unit, row.questionnaire()).rounds().stream().filter(r -> r.round().id().equals(roundId))
                .findFirst().orElseThrow();
    }

    /**
     * The free texts of a round: only for a leader of the unit, and only once the round has the minimum number of
     * answers; each read is audited.
     */
    FreeTexts freeTexts(UUID roundId) {
        SurveyRepository.RoundRow row = readableRound(roundId);
        if (!mayReadFreeText(users.current(), row.unitId())) {
            return new FreeTexts(false, "survey.freeText.leaderOnly", Map.of());
        }
        int answers = repository.responseCounts(List.of(roundId)).getOrDefault(roundId, 0);
        if (answers < properties.minimumAnswers()) {
            return new FreeTexts(false, "survey.freeText.tooFew", Map.of());
        }
        Map<String, List<String>> texts = repository.freeTexts(roundId);
        audit.record(new AuditRecord(AuditAction.READ, FREE_TEXT, roundId.toString(), row.unitId(), null,
                texts.values().stream().mapToInt(List::size).sum() + " free texts"));
        return new FreeTexts(true, null, texts);
    }

    /** The round behind a public key, for the answer page: no login, nothing recorded. */
    @Transactional(readOnly = true)
    PublicRound publicRound(String key) {
        SurveyRepository.RoundRow row = byKey(key);
        RoundView round = row.toView(unitName(row.unitId()));
        return new PublicRound(round, questionnaireOf(round), round.openOn(today()));
    }

    private SurveyRepository.RoundRow byKey(String key) {
        if (key == null || !key.matches("[A-Za-z0-9_-]{16,40}")) {
            throw new NotFoundException(ROUND);
        }
        return repository.byPublicKey(key).orElseThrow(() -> new NotFoundException(ROUND));
    }

    /**
     * Stores one anonymous answer: the round must be open today and have a token left in its bucket; the answers
     * must pass {@link SurveyRules#answers}; a round with codes takes a code not yet used, and deletes it. Nothing
     * but the round and the answers is written, and nothing is stored when any of it is refused.
     */
    void answer(String key, String code, Map<String, String> raw) {
        SurveyRepository.RoundRow row = byKey(key);
        if (!rateLimit.tryTake(row.id())) {
            throw new TooManyAnswersException();
        }
        RoundView round = row.toView("");
        if (!round.openOn(today())) {
            throw new RoundClosedException();
        }
        SurveyRules.Parsed parsed = SurveyRules.answers(questionnaireOf(round), raw);
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        String typed = code == null ? "" : normalise(code);
        if (row.codesRequired() && typed.isEmpty()) {
            problems.add(0, FieldProblem.of("code", SurveyRules.CODE_REQUIRED));
        } else if (row.codesRequired() && typed.length() > SurveyRules.CODE_MAX_LENGTH) {
            problems.add(0, FieldProblem.of("code", SurveyRules.CODE_INVALID));
        }
        if (problems.isEmpty() && parsed.choices().isEmpty() && parsed.texts().isEmpty()) {
            problems.add(FieldProblem.of("answers", "survey.answer.empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (row.codesRequired() && !repository.useCode(row.id(), hash(row.id(), typed))) {
            throw new InvalidInputException(FieldProblem.of("code", SurveyRules.CODE_INVALID));
        }
        repository.insertResponse(row.id(), parsed.choices(), parsed.texts());
    }
}
