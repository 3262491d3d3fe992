package org.marketingadvisor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.security.Accounts;
import org.marketingadvisor.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultant (not an admin) finishes two new pieces of advice in the browser, in
 * Russian, as issue 15 tried them: "spends on ads but nobody tracks leads: set up lead
 * tracking before raising the budget" and "the site is not adapted to phones: fix it
 * before paid traffic". Sources, a new question, findings, recommendations, guided rules
 * and scenarios, with one mistake of each kind the issue met (a label where an option id
 * was expected, a duplicate scenario, a new required question, a question deleted), each
 * recovered from on the page with nothing typed lost; then an undo from the draft's
 * history, the previews of the questionnaire and of a stored report, publish, a new
 * evaluation, and a confirmed rollback that leaves the stored report as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "advisor.security.admin-password=browser-test-admin-password")
class ConsultantAuthoringBrowserIT extends BrowserTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String LEADS_FINDING = "finding.ads-without-lead-tracking";

	private static final String LEADS_REC = "rec.track-leads-before-budget";

	private static final String MOBILE_QUESTION = "budget.mobile-site";

	private static final String MOBILE_FINDING = "finding.site-not-mobile";

	private static final String MOBILE_REC = "rec.mobile-site-before-paid-traffic";

	private static final String MOBILE_QUESTION_RU = "Удобно ли пользоваться вашим сайтом с телефона?";

	private static final String LEADS_REC_TITLE_RU = "Настройте учёт заявок, прежде чем увеличивать бюджет";

	private static final String MOBILE_REC_TITLE_RU = "Адаптируйте сайт для телефонов до запуска платного трафика";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	RuleSetVersions versions;

	private WebDriver b;

	private String draftUrl;

	@Test
	void aConsultantFinishesTwoPiecesOfAdviceRecoversFromEachMistakePublishesAndRollsBack() throws Exception {
		accounts.create("marina", "a long consultant password", Role.CONSULTANT);
		// an owner who spends on marketing and cannot trace a lead to a sale (and, once
		// the draft asks, whose site is hard to use on a phone): both new pieces of
		// advice are for it; its report is stored before anything is published
		Map<String, Object> company = new LinkedHashMap<>(TestContent.scenarioAnswers("well-run-company"));
		company.put("kpi.sales-link", "none");
		String stored = submit(company);
		String storedReport = report(stored);
		assertThat(evaluate(company)).doesNotContain(LEADS_REC, MOBILE_REC);

		b = browser("ru");
		b.get(url("/login?lang=ru"));
		b.findElement(By.id("username")).sendKeys("marina");
		b.findElement(By.id("password")).sendKeys("a long consultant password");
		navigate(b.findElement(By.cssSelector("form button[type=submit]")));
		b.get(url("/consultant/rules?lang=ru"));
		b.findElement(By.id("draft-message")).sendKeys("Учёт заявок и мобильный сайт");
		navigate(b.findElement(By.cssSelector("#new-draft button")));
		draftUrl = b.getCurrentUrl().replaceFirst("[?#].*", "");
		assertThat(draftUrl).contains("/consultant/rules/drafts/");

		leadTracking();
		mobileSite();
		undoAChange();
		preview(stored);

		// publish: a new evaluation of the company gets both pieces of advice (other
		// browser tests may share this application and have published before)
		int live = versions.liveNumber();
		b.get(draftUrl + "?lang=ru");
		navigate(b.findElement(By.cssSelector("form.publish-form button[type=submit]")));
		assertThat(done()).isEqualTo("Версия " + (live + 1) + " вступила в силу.");
		Map<String, Object> withPhoneQuestion = new LinkedHashMap<>(company);
		withPhoneQuestion.put(MOBILE_QUESTION, false);
		assertThat(evaluate(withPhoneQuestion)).contains(LEADS_REC, MOBILE_REC);
		assertThat(report(stored)).as("a stored report keeps its version").isEqualTo(storedReport);

		// roll back after seeing its impact and confirming
		b.get(url("/consultant/rules?lang=ru"));
		navigate(b.findElement(By.cssSelector("#version-" + live + " .rollback-form button")));
		WebElement confirm = new WebDriverWait(b, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
			.until(d -> d.findElement(By.id("rollback-confirm")));
		navigate(confirm);
		assertThat(done())
			.isEqualTo("Откат выполнен: содержимое версии " + live + " снова действует как версия " + (live + 2) + ".");
		assertThat(evaluate(company)).doesNotContain(LEADS_REC, MOBILE_REC);
		assertThat(report(stored)).as("a rollback never changes a stored report").isEqualTo(storedReport);
	}

	/**
	 * Task 1: a heuristic in an existing document, a finding and a recommendation, two
	 * guided rules on the existing questions about the budget and about tracing leads,
	 * and a scenario whose answer is typed as its label (the first mistake).
	 */
	private void leadTracking() {
		openSources();
		navigate(b.findElement(By.id("new-heuristic")));
		new Select(b.findElement(By.id("document"))).selectByIndex(1);
		type("paraphrase-ru",
				"Пока заявки не учитываются, больший бюджет лишь умножает траты, которые никто не сверит с продажами.");
		type("paraphrase-uk",
				"Поки заявки не обліковуються, більший бюджет лише множить витрати, які ніхто не звірить із продажами.");
		type("paraphrase-en",
				"While leads go uncounted, a bigger budget only multiplies spending nobody can check against sales.");
		type("place-ru", "Практика консультанта");
		type("place-uk", "Практика консультанта");
		type("place-en", "Consultant's practice");
		navigate(b.findElement(By.id("save")));
		// named by its paraphrase, as the source picker shows it, never by its id
		assertThat(find("saved").getText()).startsWith("Совет «Пока заявки не учитываются").doesNotContain("«h.");

		b.get(draftUrl + "/guided?lang=ru");
		newConclusion("finding", "ads-without-lead-tracking", "больший бюджет лишь умножает",
				"Деньги на рекламу тратятся, а заявки никто не считает",
				"Гроші на рекламу витрачаються, а заявки ніхто не рахує",
				"Ad money is spent but nobody counts the leads", "Нельзя понять, какая реклама приносит клиентов.",
				"Не можна зрозуміти, яка реклама приносить клієнтів.", "Nobody can tell which ads bring customers.");
		// an answer rule: there is a budget, and no lead is traced to a sale
		b.findElement(By.id("name")).sendKeys("Ads paid for, leads not tracked");
		condition(0, "q:budget.setting", "is-not", "Бюджета нет");
		navigate(b.findElement(By.cssSelector("button[name=action][value='add-condition-0']")));
		condition(1, "q:kpi.sales-link", "is", "Нет");
		saveGuided("Ads paid for, leads not tracked");

		b.get(draftUrl + "/guided?lang=ru");
		newConclusion("recommendation", "track-leads-before-budget", "больший бюджет лишь умножает", LEADS_REC_TITLE_RU,
				"Налаштуйте облік заявок, перш ніж збільшувати бюджет",
				"Set up lead tracking before raising the budget",
				"Сначала каждая заявка должна попадать в учёт с источником.",
				"Спершу кожна заявка має потрапляти в облік із джерелом.",
				"First every lead must be recorded with its source.",
				"Заведите учёт заявок с каналом, из которого они пришли.",
				"Заведіть облік заявок із каналом, з якого вони прийшли.",
				"Record every lead with the channel it came from.");
		b.findElement(By.id("name")).sendKeys("Leads not tracked: track them before raising the budget");
		changeAndWait("g0.c0.subject", "f:" + LEADS_FINDING);
		saveGuided("Leads not tracked: track them before raising the budget");

		// the scenario; its answer goes in as its label, the way a consultant types it
		openScenarios();
		navigate(b.findElement(By.id("new-scenario")));
		b.findElement(By.id("sc-name")).sendKeys("Реклама есть, учёта заявок нет");
		b.findElement(By.id("sc-id")).sendKeys("ads-no-lead-tracking");
		new Select(b.findElement(By.id("sc-base"))).selectByValue("well-run-company");
		new Select(b.findElement(By.id("q0"))).selectByValue("kpi.sales-link");
		// Answers are chosen from the question's own options by their labels; no field
		// of the page takes typed text for a choice. Typing reaches the server only as a
		// raw form, so the control is replaced by a text field, as a script-free form or
		// an older page would send it: first a label that is no option, then a label.
		typeAnswer(0, "Нету");
		check("expect.recommendations", LEADS_REC);
		check("expect.findings", LEADS_FINDING);
		navigate(b.findElement(By.id("save")));
		assertThat(find("row0-error").getText()).startsWith("«Видите ли вы, сколько выручки")
			.contains("варианта «Нету» нет")
			.contains("Нет");
		assertRussian(find("row0-error").getText());
		shot("scenario-label-refused");
		// nothing typed is lost: name, id, base, question and expectations
		assertThat(b.findElement(By.id("sc-name")).getAttribute("value")).isEqualTo("Реклама есть, учёта заявок нет");
		assertThat(b.findElement(By.id("sc-id")).getAttribute("value")).isEqualTo("ads-no-lead-tracking");
		assertThat(new Select(b.findElement(By.id("sc-base"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("well-run-company");
		assertThat(new Select(b.findElement(By.id("q0"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("kpi.sales-link");
		assertThat(checkbox("expect.recommendations", LEADS_REC).isSelected()).isTrue();
		typeAnswer(0, "нет");
		navigate(b.findElement(By.id("save")));
		assertThat(find("created").getText()).contains("browser.ads-no-lead-tracking");
		assertThat(b.findElements(By.cssSelector("[id='scenario-browser.ads-no-lead-tracking'].scenario--pass")))
			.as(body())
			.hasSize(1);
		// the label was taken for its option: the scenario opens with "Нет" chosen
		b.get(draftUrl + "/scenarios/edit?scenario=browser.ads-no-lead-tracking&lang=ru");
		assertThat(new Select(find("v0")).getFirstSelectedOption().getText()).isEqualTo("Нет");
	}

	/**
	 * Task 2: a document of the consultant's own practice with its heuristic, a new
	 * required question (the page asks what the existing scenarios assume), a finding, a
	 * recommendation, guided rules, and a scenario first saved under the first one's id.
	 */
	private void mobileSite() {
		openSources();
		navigate(b.findElement(By.id("new-document")));
		type("title-ru", "Мобильный сайт и платный трафик: заметки консультанта");
		type("title-uk", "Мобільний сайт і платний трафік: нотатки консультанта");
		type("title-en", "Mobile site and paid traffic: consultant's notes");
		b.findElement(By.id("author")).sendKeys("Марина");
		b.findElement(By.id("publisher")).sendKeys("собственная практика");
		type("note-ru", "Наблюдения по аудитам сайтов клиентов.");
		type("note-uk", "Спостереження з аудитів сайтів клієнтів.");
		type("note-en", "Notes from clients' site audits.");
		type("paraphrase-ru",
				"Платный трафик на сайт, которым неудобно пользоваться с телефона, в основном тратится впустую.");
		type("paraphrase-uk",
				"Платний трафік на сайт, яким незручно користуватися з телефона, здебільшого витрачається марно.");
		type("paraphrase-en", "Paid traffic sent to a site that is awkward to use on a phone is mostly wasted.");
		type("place-ru", "Аудиты 2026 года");
		type("place-uk", "Аудити 2026 року");
		type("place-en", "Audits of 2026");
		navigate(b.findElement(By.id("save")));
		assertThat(find("saved").getText()).contains("Мобильный сайт и платный трафик");

		// the question, required: the page asks what the existing scenarios assume
		b.get(draftUrl + "/knowledge?lang=ru");
		navigate(b.findElement(By.id("new-question")));
		new Select(b.findElement(By.id("section"))).selectByValue("budget");
		b.findElement(By.id("qid")).sendKeys(MOBILE_QUESTION);
		type("text-ru", MOBILE_QUESTION_RU);
		type("text-uk", "Чи зручно користуватися вашим сайтом з телефона?");
		type("text-en", "Is your website easy to use on a phone?");
		type("help-ru", "Откройте сайт с телефона и попробуйте оставить заявку.");
		type("help-uk", "Відкрийте сайт з телефона і спробуйте залишити заявку.");
		type("help-en", "Open the site on a phone and try to send an enquiry.");
		changeAndWait("type", "yes-no");
		b.findElement(By.id("required")).click();
		navigate(b.findElement(By.id("save")));
		WebElement asked = find("scenarioAnswer-error");
		assertThat(asked.getText()).startsWith("Сценариев, которые не отвечают на этот обязательный вопрос:");
		assertRussian(asked.getText());
		shot("question-required-asks");
		assertThat(b.findElement(By.id("qid")).getAttribute("value")).isEqualTo(MOBILE_QUESTION);
		assertThat(b.findElement(By.id("text-ru")).getAttribute("value")).isEqualTo(MOBILE_QUESTION_RU);
		assertThat(b.findElement(By.id("help-en")).getAttribute("value"))
			.isEqualTo("Open the site on a phone and try to send an enquiry.");
		assertThat(b.findElement(By.id("required")).isSelected()).isTrue();
		// the existing companies keep passing: they get a site fit for phones
		new Select(b.findElement(By.id("scenarioAnswer"))).selectByVisibleText("да");
		navigate(b.findElement(By.id("save")));
		assertThat(find("saved").getText()).contains(MOBILE_QUESTION_RU);
		openScenarios();
		assertThat(find("summary").getText()).as("no scenario breaks").startsWith("Все сценарии");

		b.get(draftUrl + "/guided?lang=ru");
		newConclusion("finding", "site-not-mobile", "неудобно пользоваться с телефона",
				"Сайтом неудобно пользоваться с телефона", "Сайтом незручно користуватися з телефона",
				"The site is awkward to use on a phone", "Посетители с телефонов уходят, не оставив заявки.",
				"Відвідувачі з телефонів ідуть, не залишивши заявки.", "Visitors on phones leave without an enquiry.");
		b.findElement(By.id("name")).sendKeys("Site not fit for phones");
		condition(0, "q:" + MOBILE_QUESTION, "is", "Нет");
		saveGuided("Site not fit for phones");

		b.get(draftUrl + "/guided?lang=ru");
		newConclusion("recommendation", "mobile-site-before-paid-traffic", "неудобно пользоваться с телефона",
				MOBILE_REC_TITLE_RU, "Адаптуйте сайт для телефонів до запуску платного трафіку",
				"Make the site work on phones before paying for traffic",
				"Платный трафик на неудобный сайт тратится впустую.",
				"Платний трафік на незручний сайт витрачається марно.", "Paid traffic to an awkward site is wasted.",
				"Проверьте заявку с телефона и исправьте то, что мешает.",
				"Перевірте заявку з телефона й виправте те, що заважає.",
				"Try an enquiry on a phone and fix what gets in the way.");
		b.findElement(By.id("name")).sendKeys("Site not fit for phones: fix it before paid traffic");
		changeAndWait("g0.c0.subject", "f:" + MOBILE_FINDING);
		saveGuided("Site not fit for phones: fix it before paid traffic");

		// the scenario, first under the first one's id: told at the id, nothing lost
		openScenarios();
		navigate(b.findElement(By.id("new-scenario")));
		b.findElement(By.id("sc-name")).sendKeys("Сайт неудобен с телефона");
		b.findElement(By.id("sc-id")).sendKeys("ads-no-lead-tracking");
		new Select(b.findElement(By.id("sc-base"))).selectByValue("well-run-company");
		new Select(b.findElement(By.id("q0"))).selectByValue(MOBILE_QUESTION);
		new Select(b.findElement(By.id("v0"))).selectByVisibleText("Нет");
		check("expect.recommendations", MOBILE_REC);
		navigate(b.findElement(By.id("save")));
		WebElement taken = find("id-error");
		assertThat(taken.getText()).startsWith("Сценарий с идентификатором").contains("уже есть");
		assertRussian(taken.getText());
		shot("scenario-id-taken");
		assertThat(b.findElement(By.id("sc-name")).getAttribute("value")).isEqualTo("Сайт неудобен с телефона");
		assertThat(new Select(b.findElement(By.id("v0"))).getFirstSelectedOption().getText()).isEqualTo("Нет");
		assertThat(checkbox("expect.recommendations", MOBILE_REC).isSelected()).isTrue();
		type("sc-id", "site-not-mobile");
		navigate(b.findElement(By.id("save")));
		assertThat(find("created").getText()).contains("browser.site-not-mobile");
		assertThat(b.findElements(By.cssSelector("[id='scenario-browser.site-not-mobile'].scenario--pass"))).as(body())
			.hasSize(1);
		assertThat(b.findElements(By.cssSelector("[id='scenario-browser.ads-no-lead-tracking'].scenario--pass")))
			.as("the first scenario is still there and passes")
			.hasSize(1);

		// deleting the question: the page first says what uses it, and it is kept
		b.get(draftUrl + "/knowledge/questions/" + MOBILE_QUESTION + "?lang=ru");
		navigate(b.findElement(By.id("delete")));
		assertThat(find("usage").getText()).contains("Правил, которые его проверяют: 1");
		assertThat(find("problems").getText()).startsWith("Удалить вопрос пока нельзя:").contains(MOBILE_QUESTION_RU);
		assertThat(b.findElements(By.id("confirm-button"))).isEmpty();
		shot("question-delete-refused");
		navigate(b.findElement(By.linkText("← Назад к вопросу")));
		assertThat(b.findElement(By.id("text-ru")).getAttribute("value")).isEqualTo(MOBILE_QUESTION_RU);

		// a question nothing uses, added by mistake, is deleted after confirming
		b.get(draftUrl + "/knowledge/question?lang=ru");
		new Select(b.findElement(By.id("section"))).selectByValue("budget");
		b.findElement(By.id("qid")).sendKeys("budget.mobile-share");
		type("text-ru", "Какая доля заявок приходит с телефонов?");
		type("text-uk", "Яка частка заявок надходить з телефонів?");
		type("text-en", "What share of leads comes from phones?");
		type("help-ru", "Примерно, в процентах.");
		type("help-uk", "Приблизно, у відсотках.");
		type("help-en", "Roughly, in per cent.");
		changeAndWait("type", "number");
		type("min", "0");
		type("max", "100");
		navigate(b.findElement(By.id("save")));
		assertThat(find("saved").getText()).contains("Какая доля заявок");
		navigate(b.findElement(By.id("delete")));
		assertThat(find("usage").getText()).contains("Правил, которые его проверяют: 0");
		navigate(b.findElement(By.id("confirm-button")));
		assertThat(body()).contains("Вопрос «Какая доля заявок приходит с телефонов?» удалён из черновика.");
	}

	/** A text changed by mistake is undone from the draft's history. */
	private void undoAChange() {
		b.get(draftUrl + "/knowledge/edit?kind=recommendation&entry=" + LEADS_REC + "&lang=ru");
		type("title-ru", "Настройте учёт заявок");
		navigate(b.findElement(By.cssSelector("#knowledge-form button[type=submit]")));
		assertThat(find("saved").getText()).isEqualTo("«Настройте учёт заявок» сохранено в черновике.");
		b.get(draftUrl + "?lang=ru");
		WebElement last = b.findElements(By.cssSelector("#history .history__entry"))
			.stream()
			.filter(e -> e.getText().contains("recommendations.yaml"))
			.max(java.util.Comparator.comparingInt(e -> Integer.parseInt(e.getAttribute("id").substring(7))))
			.orElseThrow(() -> new AssertionError(body()));
		String seq = last.getAttribute("id").substring("change-".length());
		navigate(last.findElement(By.cssSelector("form button")));
		assertThat(find("undone").getText())
			.isEqualTo("Изменение №" + seq + " отменено. Чтобы вернуть его, нажмите «Вернуть» у новой записи.");
		b.get(draftUrl + "/knowledge/edit?kind=recommendation&entry=" + LEADS_REC + "&lang=ru");
		assertThat(b.findElement(By.id("title-ru")).getAttribute("value")).isEqualTo(LEADS_REC_TITLE_RU);
	}

	/**
	 * The owner's view of the draft: the new question in the questionnaire, and the
	 * stored report as the draft would make it.
	 */
	private void preview(String stored) {
		b.get(draftUrl + "?lang=ru");
		navigate(b.findElement(By.id("preview-link")));
		navigate(b.findElement(By.id("preview-q-start")));
		// the first section page; the budget section is further on
		String first = b.getCurrentUrl().replaceFirst("[?#].*", "");
		b.get(first.substring(0, first.lastIndexOf('/')) + "/budget?lang=ru");
		assertThat(body()).contains(MOBILE_QUESTION_RU);

		// a stored report cannot be shown with the draft: its owner was never asked the
		// new required question, and the page says so in Russian, naming it
		b.get(draftUrl + "/preview?lang=ru");
		type("token", stored);
		navigate(b.findElement(By.cssSelector("#token-form button[type=submit]")));
		assertThat(body()).contains("Анкета черновика не принимает эти ответы:")
			.contains("Ответьте на обязательный вопрос «" + MOBILE_QUESTION_RU + "»");
		// a company of the scenarios (which answer it, as the question's page made them)
		b.get(draftUrl + "/preview?lang=ru");
		new Select(b.findElement(By.id("company"))).selectByValue("solo-owner-does-everything");
		navigate(b.findElement(By.cssSelector("#company-form button[type=submit]")));
		assertThat(find("added-recommendations").getText()).contains(LEADS_REC_TITLE_RU);
		shot("preview-report");
	}

	private void openSources() {
		b.get(draftUrl + "/knowledge?lang=ru");
		navigate(b.findElement(By.id("sources")));
	}

	private void openScenarios() {
		b.get(draftUrl + "/scenarios?lang=ru");
	}

	/**
	 * A new finding or recommendation of the budget and analytics area, high, made on the
	 * guided page, citing the heuristic whose paraphrase contains {@code heuristic}, with
	 * its title, text and (for a recommendation) action in ru, uk and en; it becomes the
	 * rule's conclusion.
	 */
	private void newConclusion(String type, String id, String heuristic, String... texts) {
		b.findElement(By.cssSelector("#new-conclusion summary")).click();
		b.findElement(By.cssSelector("#new-conclusion input[name=type][value='" + type + "']")).click();
		b.findElement(By.id("new-id")).sendKeys(id);
		new Select(b.findElement(By.id("new-area"))).selectByValue("budget-analytics");
		new Select(b.findElement(By.id("new-level"))).selectByValue("high");
		WebElement cited = b
			.findElement(By.xpath("//select[@id='new-heuristics']//option[contains(., '" + heuristic + "')]"));
		new Select(b.findElement(By.id("new-heuristics"))).selectByValue(cited.getAttribute("value"));
		String[] parts = { "title", "text", "action" };
		String[] langs = { "ru", "uk", "en" };
		for (int t = 0; t < texts.length; t++) {
			type("new-" + parts[t / 3] + "-" + langs[t % 3], texts[t]);
		}
		navigate(b.findElement(By.cssSelector("#new-conclusion form button[type=submit]")));
		String full = (type.equals("finding") ? "finding." : "rec.") + id;
		assertThat(find("created").getText()).as(body()).contains(full);
		assertThat(new Select(b.findElement(By.id("conclusion"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(type + ":" + full);
	}

	/**
	 * Condition {@code i} of the first group: a question, an operator and an option by
	 * its label.
	 */
	private void condition(int i, String subject, String op, String label) {
		String p = "g0.c" + i + ".";
		changeAndWait(p + "subject", subject);
		if (!new Select(b.findElement(By.id(p + "op"))).getFirstSelectedOption().getAttribute("value").equals(op)) {
			changeAndWait(p + "op", op);
		}
		b.findElement(By.xpath("//div[@id='cond-0-" + i + "']//label[span[normalize-space()='" + label + "']]/input"))
			.click();
	}

	private void saveGuided(String name) {
		navigate(b.findElement(By.id("save")));
		assertThat(find("guided-saved").getText()).as(body()).contains(name);
	}

	/** Replaces row {@code i}'s answer control by a text field holding {@code text}. */
	private void typeAnswer(int i, String text) {
		((JavascriptExecutor) b).executeScript("""
				var place = document.getElementById('value-' + arguments[0]);
				place.textContent = '';
				var input = document.createElement('input');
				input.type = 'text';
				input.id = 'v' + arguments[0];
				input.name = 'v' + arguments[0];
				place.appendChild(input);""", i);
		type("v" + i, text);
	}

	private WebElement checkbox(String name, String value) {
		return b.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
	}

	private void check(String name, String value) {
		WebElement box = checkbox(name, value);
		((JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
		if (!box.isSelected()) {
			box.click();
		}
	}

	/** A message is a sentence in Russian, not a message key or English. */
	private static void assertRussian(String message) {
		assertThat(message).doesNotContainPattern("\\b[a-z]+(\\.[a-z-]+){1,}\\b(?<!browser\\.[a-z-]{1,99})")
			.containsPattern("[А-Яа-яЁё]{3,}");
	}

	/**
	 * Types into a field. Long texts (the three languages of every entry) are put in at
	 * once, as pasting would, with the input event typing fires: key by key they cost the
	 * test half a minute.
	 */
	private void type(String id, String text) {
		WebElement e = b.findElement(By.id(id));
		e.clear();
		if (text.length() <= 20) {
			e.sendKeys(text);
			return;
		}
		((JavascriptExecutor) b).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
				e, text);
	}

	/** Chooses a value in a select that updates the form, and waits for the new page. */
	private void changeAndWait(String id, String value) {
		JavascriptExecutor js = (JavascriptExecutor) b;
		js.executeScript("window.__stillHere = true;");
		new Select(b.findElement(By.id(id))).selectByValue(value);
		waitGone();
	}

	private void waitGone() {
		JavascriptExecutor js = (JavascriptExecutor) b;
		new WebDriverWait(b, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
			.until(d -> Boolean.TRUE.equals(js
				.executeScript("return window.__stillHere === undefined && document.readyState === 'complete';")));
	}

	private void navigate(WebElement control) {
		((JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView({block: 'center'});", control);
		HeadlessChromium.navigate(b, control);
	}

	/**
	 * The notice a publish or rollback leads to, or the page's text when it never comes.
	 */
	private String done() {
		try {
			return new WebDriverWait(b, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
				.until(d -> d.findElement(By.id("done")))
				.getText();
		}
		catch (TimeoutException ex) {
			throw new AssertionError("no #done notice on " + b.getCurrentUrl() + ": " + body(), ex);
		}
	}

	/**
	 * An element by its id; when it is missing, a failure that says what the page showed.
	 */
	private WebElement find(String id) {
		List<WebElement> found = b.findElements(By.id(id));
		if (found.isEmpty()) {
			throw new AssertionError("no #" + id + " on " + body());
		}
		return found.get(0);
	}

	private String body() {
		return b.getCurrentUrl() + "\n" + b.findElement(By.tagName("body")).getText();
	}

	/** A screenshot under the temporary folder, with -Dbrowser.shots=true, to look at. */
	private void shot(String name) {
		if (!Boolean.getBoolean("browser.shots")) {
			return;
		}
		try {
			Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "consultant-authoring"));
			Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) b).getScreenshotAs(OutputType.BYTES));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private String submit(Map<String, Object> answers) throws Exception {
		HttpResponse<String> response = post("/api/v1/assessments", answers);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body()).get("token").asString();
	}

	/** A new evaluation through the public API; the recommendation ids. */
	private List<String> evaluate(Map<String, Object> answers) throws Exception {
		HttpResponse<String> response = post("/api/v1/evaluations", answers);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		for (JsonNode rec : JSON.readTree(response.body()).get("recommendations")) {
			ids.add(rec.get("id").asString());
		}
		return ids;
	}

	private HttpResponse<String> post(String path, Map<String, Object> answers) throws Exception {
		String body = JSON.writeValueAsString(Map.of("lang", "ru", "answers", answers));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A stored report as its JSON. */
	private String report(String token) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/reports/" + token + "?lang=ru"))).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
