package knowledge

import (
	"regexp"
	"strings"
	"sync"
)

// Word lists the verifier uses. None is tuned to one article: each comes
// from general English or general news usage, as its comment says.

// attributionVerbs introduce reported speech ("X said …", "according to X"):
// the verbs of attribution in the AP Stylebook's entry on "said" and its
// usual synonyms, in the forms a reply uses.
var attributionVerbs = toSet("said", "says", "say", "saying", "stated", "states", "stating",
	"claimed", "claims", "claiming", "answered", "answers", "maintained", "maintains",
	"added", "adds", "told", "tells", "telling", "insisted", "insists", "denied", "denies",
	"argued", "argues", "wrote", "writes", "explained", "explains", "asserted", "asserts",
	"declared", "declares", "noted", "notes", "replied", "replies", "responded", "responds",
	"remarked", "recalled", "warned", "acknowledged", "acknowledges", "admitted", "admits",
	"conceded", "testified", "announced", "tweeted", "posted", "suggested", "contended",
	"countered", "emphasized", "emphasised", "stressed", "observed", "commented",
	"according", "calling", "called", "described", "describing", "reported", "reports",
	"described", "put", "words", "quoted")

// nonPersonSubjects make a quotation the text's own rather than a
// person's: "the article says …", "the report said …".
var nonPersonSubjects = toSet("article", "story", "report", "piece", "text", "paragraph",
	"post", "newspaper", "outlet", "reporting", "coverage", "journalist", "reporter", "writer", "author")

// elidedNegations may not be hidden in the words an ellipsis leaves out: the
// negators of English grammar (not, never, no and their kin).
var elidedNegations = toSet("not", "never", "no", "nothing", "none", "neither", "nor", "without",
	"nobody", "nowhere", "cannot", "didn", "doesn", "don", "isn", "wasn", "weren", "aren",
	"hasn", "haven", "hadn", "won", "wouldn", "couldn", "shouldn", "t")

// claimNumberWords are the spelled-out cardinals (and "twice"), as a reply or an
// article may write them; "one" and "once" are left out, being mostly
// pronoun and adverb.
var claimNumberWords = map[string]int{
	"zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
	"twice": 2, "dozen": 12,
}

// claimMonths maps month names and their AP abbreviations to 1–12.
var claimMonths = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// plainCapitals are capitalised words that name no one: pronouns, titles
// and ranks (AP Stylebook "titles"), weekdays, and the words a reply opens
// a clause with. A capitalised word outside these and outside the
// article's entities must stand in the cited paragraph.
var plainCapitals = toSet("i", "the", "a", "an", "he", "she", "it", "they", "his", "her", "their",
	"this", "that", "these", "those", "there", "in", "on", "at", "yes", "no", "however", "but",
	"and", "also", "according", "when", "while", "after", "before", "as", "although", "though",
	"mr", "mrs", "ms", "dr", "sen", "senator", "gen", "general", "president", "attorney",
	"ambassador", "secretary", "rep", "representative", "gov", "governor", "adviser", "advisor",
	"article", "story", "paragraph", "source", "sources", "note", "summary", "answer", "short",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "key", "points",
	"what", "who", "where", "why", "how", "which", "not", "none", "based", "here", "overall",
	"first", "second", "then", "finally", "so", "if", "both", "some", "other", "quote", "quotes")

// framingWords may stand in an uncited sentence that only introduces or
// restates ("Here is what the article says about Flores:"); general
// words of talk about a text.
var framingWords = toSet("article", "story", "report", "text", "paragraph", "paragraphs",
	"says", "say", "said", "according", "answer", "question", "asked", "ask", "asking", "here",
	"summary", "short", "following", "details", "detail", "information", "points", "point", "key",
	"mentions", "mention", "describes", "explains", "based", "provided", "yes", "no", "what",
	"who", "how", "when", "where", "why", "which", "relevant", "parts", "part", "quote", "quotes",
	"quotation", "quotations", "sources", "source", "cited", "cites", "notes", "note", "overall",
	"regarding", "concerning", "about", "s", "it", "this", "that", "there", "is", "are", "was",
	"were", "the", "a", "an", "of", "to", "in", "on", "for", "from", "with", "by", "and", "or",
	"as", "so", "let", "me", "i", "you", "your", "my", "we", "here's", "heres", "below", "above",
	"tells", "tell", "us", "shows", "show", "gives", "give", "reports", "reported", "states", "stated",
	// pleasantries small models add
	"hope", "helps", "help", "helpful", "know", "questions", "further", "anything", "else", "happy",
	"glad", "assist", "feel", "free", "if", "have", "any", "other", "more", "can", "would", "like",
	"sure", "certainly", "thanks", "thank", "sorry", "unfortunately", "be", "to", "do", "does",
	"m", "ll", "ve", "re", "d", "afraid", "however", "but", "great", "good", "interesting",
	"excellent", "okay", "ok", "well", "explain", "break", "down", "look", "summarize", "summarise",
	"found", "find", "available",
	// one-word verdicts that only open an answer whose next sentence cites
	"partly", "partially", "somewhat", "largely", "mostly", "correct", "indeed")

// headingWords title a section of an answer without stating anything: the
// nouns of report and briefing headings.
var headingWords = toSet("background", "context", "defence", "defense", "response", "reaction",
	"responses", "reactions", "timeline", "overview", "summary", "details", "key", "facts", "points",
	"quotes", "quotations", "what", "happened", "unclear", "still", "unknown", "open", "questions",
	"the", "his", "her", "their", "and", "of", "on", "in", "to", "about", "side", "role", "roles",
	"meetings", "meeting", "conversations", "claims", "statements", "statement", "answer", "answers",
	"findings", "people", "involved", "who", "when", "where", "why", "how", "controversy", "issue",
	"issues", "investigation", "investigations", "allegations", "aftermath", "next", "steps", "sources",
	"source", "short", "long", "version", "bottom", "line", "tl", "dr", "note", "notes", "caveats")

// subjectAdverbs may stand between a speaker and the speech verb ("Flores
// still claimed", "Sessions himself said"): auxiliaries and common adverbs
// of reporting.
var subjectAdverbs = toSet("still", "also", "later", "then", "however", "again", "once",
	"further", "previously", "earlier", "now", "even", "reportedly", "allegedly", "had",
	"has", "have", "would", "will", "did", "does", "was", "is", "himself", "herself",
	"repeatedly", "publicly", "initially", "first", "only", "never", "always", "had", "who", "herself")

// loadedActs are verbs (stemmed) of acts with legal or political weight
// in news writing (the AP Stylebook's cautions on "admit", "confess",
// "lie" and kin): a claim saying someone did one must find the act in its
// cited paragraph, since a paraphrase cannot add it.
var loadedActs = []string{"admit", "admission", "confess", "recus", "resign", "apolog", "lie", "lying",
	"perjur", "indict", "arrest", "convict", "impeach", "subpoen", "plead", "sued", "acknowledg",
	"conced", "misled", "mislead"}

// notFoundRe recognises a sentence saying the article does not cover
// something, in the ordinary wordings of English (doesn't say, makes no
// mention, is not stated, gives no …).
// Compiled on first use: only a model's answers are checked with it.
var notFoundRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)` + strings.Join([]string{
		`\b(?:article|story|text|report|piece|paragraphs?|passages?|it|source|sources|coverage)\s+(?:does not|doesn't|do not|don't|did not|didn't|never|does|do)\s+(?:not\s+)?(?:\w+\s+){0,2}?(?:say|mention|specify|state|cover|address|report|include|provide|indicate|describe|discuss|explain|tell|give|contain|identify|name|reveal|disclose|detail|clarify|note|list|offer|go into|elaborate)\b`,
		`\b(?:makes?|made|has|have|contains?|gives?|offers?|provides?|includes?|there(?:'s| is| are)) no (?:\w+ )?(?:mention|information|details?|indication|reference|record|specifics?|dates?|explanation|account|word|data|answer)\b`,
		`\b(?:is|are|was|were|isn't|aren't|wasn't|weren't)(?: not)? (?:\w+ )?(?:mentioned|covered|stated|specified|reported|addressed|given|provided|included|described|identified|disclosed|explained|indicated|discussed|said|named) (?:in|by) the (?:article|story|text|report|paragraphs?)\b`,
		`\b(?:is|are|was|were) not (?:stated|specified|mentioned|given|provided|disclosed|said|reported|addressed)\b`,
		`\b(?:isn't|aren't|wasn't|weren't) (?:stated|specified|mentioned|given|provided|disclosed|said|reported|addressed)\b`,
		`\bnot (?:in|from|part of|covered by|found in) the (?:article|story|text|paragraphs)\b`,
		`\b(?:article|story|text|report)\b.{0,20}\b(?:is silent|is unclear|says nothing|mentions nothing|gives nothing|contains nothing|offers nothing|provides nothing)\b`,
		`\b(?:i|we) (?:can't|cannot|couldn't|could not|don't|do not) (?:find|see|tell|determine|know)\b.{0,40}\b(?:article|story|text|paragraphs?)\b`,
		`\bnothing (?:in|about this in) the (?:article|story|text|paragraphs)\b`,
		`\bno information (?:in|from|about this in) the (?:article|story|text|paragraphs)\b`,
		`\b(?:unknown|unclear) from the (?:article|story|text)\b`,
		`\bi (?:don't|do not) have (?:any )?(?:information|details|data)\b`,
		`^\W*(?:it is|it's|it remains|this is|that is|that's) (?:unclear|not clear|not known|unknown|not stated|not specified)\b`,
		`^\W*no (?:\w+ )?(?:details?|information|mention|dates?|specifics|reason|explanation|account)s? (?:is|are|was|were) (?:given|provided|offered|mentioned|reported|stated|included)\b`,
	}, "|"))
})

// placeNouns name where something happened. A claim that puts a meeting
// somewhere must find the place in its cited paragraph, as a paraphrase
// cannot add one. These are common venue nouns of news writing.
var placeNouns = toSet("embassy", "embassies", "consulate", "hotel", "hotels", "office", "offices",
	"restaurant", "convention", "headquarters", "airport", "residence", "home", "house",
	"conference", "summit", "dinner", "reception", "lunch", "luncheon", "breakfast", "ballroom",
	"club", "bar", "cafe", "lobby", "event", "gala", "rally", "fundraiser", "party", "capitol",
	"kremlin", "mansion", "apartment", "suite", "resort", "venue", "forum", "retreat")
