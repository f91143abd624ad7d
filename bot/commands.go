package bot

import (
	"regexp"
	"slices"
	"strings"

	"storybot/knowledge"
)

// helpParts is the short guide for a bare mention, "help" or an empty /ask.
func (b *Bot) helpParts() []part {
	a := b.cfg.Article
	title := "one news story"
	if a != nil && a.Title != "" {
		title = "the story “" + a.Title + "”"
	}
	ex := b.examples()
	var sb strings.Builder
	sb.WriteString("I answer questions about " + title + ", and every answer cites the story's own paragraphs (¶n).\n")
	sb.WriteString("Mention me with a question, send me a direct message, or use a command. For example:\n")
	for _, e := range ex {
		sb.WriteString("• " + e + "\n")
	}
	sb.WriteString("• /timeline: the dated events, in order\n")
	sb.WriteString("• /quote [name]: the story's quotations, optionally by one speaker\n")
	sb.WriteString("• /ask question: an answer only you see\n")
	sb.WriteString("In a direct message, “quote <name>” or “what did <name> say?” lists that person's quotations, and “timeline” shows the timeline.")
	return append(textParts(sb.String()), contextPart("storybot: answers from the article, with citations"))
}

// examples returns example questions drawn from the article.
func (b *Bot) examples() []string {
	a := b.cfg.Article
	var ex []string
	if a != nil {
		for _, e := range a.Entities {
			if e.Kind == knowledge.Person {
				ex = append(ex, "Who is "+e.Name+"?")
				break
			}
		}
		if len(a.Quotes) > 0 {
			ex = append(ex, "What did "+surname(a.Quotes[0].Speaker)+" say?")
		}
		for _, e := range a.Events {
			if strings.ContainsAny(e.When, "0123456789") {
				ex = append(ex, "What happened on "+e.When+"?")
				break
			}
		}
	}
	if len(ex) == 0 {
		ex = append(ex, "Who is in the story?", "What happened, and when?")
	}
	return ex
}

func surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	return f[len(f)-1]
}

// isHelp reports whether a question asks for help.
func isHelp(q string) bool {
	q = strings.ToLower(strings.Trim(q, " ?!.\t\n"))
	return q == "" || q == "help" || q == "hi" || q == "hello" || q == "usage"
}

var timelineRE = regexp.MustCompile(`(?i)^\s*(?:show\s+(?:me\s+)?)?(?:the\s+)?timeline(?:\s+please)?[\s?.!]*$`)

// isTimeline reports whether a direct message asks for the timeline
// ("timeline", "Show the timeline").
func isTimeline(q string) bool { return timelineRE.MatchString(q) }

var (
	quoteRE   = regexp.MustCompile(`(?i)^\s*(?:quotes?|quotations?)(?:\s+(?:by|from|of))?\s+(.+?)[\s?.!]*$`)
	whatSayRE = regexp.MustCompile(`(?i)^\s*what\s+(?:did|does|has)\s+(.+?)\s+(?:say|said)[\s?.!]*$`)
)

// quoteRequest returns the speaker a direct message asks quotations of
// ("quote Flores", "what did Sessions say?").
func quoteRequest(q string) (string, bool) {
	for _, re := range []*regexp.Regexp{quoteRE, whatSayRE} {
		if m := re.FindStringSubmatch(q); m != nil {
			return strings.TrimSpace(m[1]), true
		}
	}
	return "", false
}

// quotesBy returns the article's quotations by the speaker name refers to
// (a full name, a surname, an alias or a misspelling) and that speaker's
// canonical name; "" when the article quotes nobody of that name.
func quotesBy(a *knowledge.Article, name string) (string, []knowledge.Quote) {
	if a == nil {
		return "", nil
	}
	qs := a.QuotesBy(strings.TrimSpace(name))
	if len(qs) == 0 {
		return "", nil
	}
	return qs[0].Speaker, qs
}

// speakers lists who is quoted, in order of first quotation.
func speakers(a *knowledge.Article) []string {
	var out []string
	if a == nil {
		return out
	}
	for _, q := range a.Quotes {
		if q.Speaker != "" && !slices.Contains(out, q.Speaker) {
			out = append(out, q.Speaker)
		}
	}
	return out
}

// quoteParts renders quotations, each with who said it and its ¶.
func quotationParts(a *knowledge.Article, name string) []part {
	var (
		qs     []knowledge.Quote
		header string
	)
	if name == "" {
		if a != nil {
			qs = a.Quotes
		}
		header = "Quotations in the article:"
	} else {
		var speaker string
		speaker, qs = quotesBy(a, name)
		if speaker == "" {
			msg := "The article quotes nobody called “" + name + "”."
			if who := speakers(a); len(who) > 0 {
				msg += " It quotes: " + strings.Join(who, ", ") + "."
			}
			return append(textParts(msg), contextPart("Answered by lookup from the article"))
		}
		header = "What " + speaker + " said, in the article's words:"
	}
	if len(qs) == 0 {
		return append(textParts("The article has no quotations."), contextPart("Answered by lookup from the article"))
	}
	parts := textParts(header)
	for _, q := range qs {
		label := q.Speaker
		if len(q.Citations) > 0 {
			label += ", " + para(q.Citations[0].Paragraph)
		}
		parts = append(parts, quoteParts(label, "“"+q.Text+"”", true)...)
	}
	return append(parts, contextPart("Quoted verbatim from the article"))
}

// timelineParts renders the article's dated events in order, each with
// its ¶.
func timelineParts(a *knowledge.Article) []part {
	if a == nil || len(a.Events) == 0 {
		return append(textParts("The article dates no events."), contextPart("Answered by lookup from the article"))
	}
	parts := textParts("Timeline of the story:")
	parts = append(parts, textParts(strings.Join(timelineLines(a), "\n"))...)
	return append(parts, contextPart("Dates as the article gives them"))
}

// timelineLines are the article's dated events in order, one plain line
// each ("• Dec. 29 (2016-12-29): … ¶8").
func timelineLines(a *knowledge.Article) []string {
	var lines []string
	for _, e := range a.Events {
		when := e.When
		if e.Date != "" && e.Date != e.When {
			when += " (" + e.Date + ")"
		}
		if e.Undated || when == "" {
			when = "undated"
		}
		line := "• " + when + ": " + e.Text
		for _, c := range e.Citations {
			line += " " + para(c.Paragraph)
		}
		lines = append(lines, line)
	}
	return lines
}
