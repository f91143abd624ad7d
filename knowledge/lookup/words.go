package lookup

// Word lists. Each names where it comes from; none is tuned to one article.

// stopWords is the Snowball English stop-word list
// (snowballstem.org/algorithms/english/stop.txt), less the words this
// engine reads for meaning elsewhere (negations, comparison and order
// words, which the question stage looks for before dropping).
var stopWords = set(
	"i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours",
	"yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself",
	"it", "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which",
	"who", "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be",
	"been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "would",
	"should", "could", "ought", "i'm", "you're", "he's", "she's", "it's", "we're", "they're",
	"i've", "you've", "we've", "they've", "i'd", "you'd", "he'd", "she'd", "we'd", "they'd",
	"i'll", "you'll", "he'll", "she'll", "we'll", "they'll", "isn't", "aren't", "wasn't",
	"weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "won't",
	"wouldn't", "shan't", "shouldn't", "can't", "cannot", "couldn't", "mustn't", "let's",
	"that's", "who's", "what's", "here's", "there's", "when's", "where's", "why's", "how's",
	"a", "an", "the", "and", "but", "if", "or", "because", "as", "until", "while", "of",
	"at", "by", "for", "with", "about", "against", "between", "into", "through", "during",
	"before", "after", "above", "below", "to", "from", "up", "down", "in", "out", "on",
	"off", "over", "under", "again", "further", "then", "once", "here", "there", "when",
	"where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other",
	"some", "such", "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very",
	// modal and auxiliary verbs the list leaves out
	"can", "will", "shall", "may", "might", "must", "get", "got", "gets",
	// the function words it leaves out: the genitive wh-pronoun "whose"
	// (Quirk et al., §6.35, relative and interrogative) and the compound
	// indefinite pronouns (§6.45-6.62), which ask for no word of the
	// answer ("anybody die?", "the guy whose car burned"); "something"
	// and "anything" are chat words, "someone" and "anyone" type cues;
	// and "else", the closed-class adverb that postmodifies those pronouns
	// and the wh-words ("anyone else", "who else", "what else": Quirk et
	// al., ch. 6 on the indefinite pronouns), adding no word the article
	// must hold
	"whose", "anybody", "somebody", "everybody", "everyone", "everything", "nobody",
	"nothing", "else",
)

// chatWords are discourse markers, interjections and hedges that frame a
// question in conversation without being its subject (Schiffrin,
// "Discourse Markers", 1987; the interjections and chat forms in
// Wiktionary's English interjection and internet-slang categories). They
// never decide whether the article answers.
var chatWords = set(
	"hey", "hi", "hello", "yo", "ok", "okay", "k", "so", "lol", "lmao", "haha", "um", "uh",
	"hmm", "huh", "wait", "quick", "q", "sorry", "pls", "plz", "please", "thanks", "thx",
	"just", "actually", "really", "basically", "anyway", "btw", "also", "besides", "overall",
	"now", "yet", "even", "exactly", "dumb", "stupid", "question", "tell", "know", "wondering",
	"curious", "confused", "trying", "understand", "something", "anything",
	"gist", "right", "like", "kinda", "sorta", "whats", "thing", "things", "stuff", "bit",
	"guys", "folks", "per", "still", "ever", "again", "already", "happen", "happened", "happens", "happening",
	"article", "story", "piece", "say", "says", "said", "mention",
	"mentioned", "mentions", "explain", "detail", "details", "info", "information",
	"exact", "exactly", "specifically", "according", "think", "thinks", "mean", "means", "much", "many", "lot",
)

// peopleWords are the chat words that, counted, mean people in general
// (Merriam-Webster, "folk" 2a: "people generally", usually plural
// "folks"; "guy" 2b, plural "guys": "persons of either sex"): "how many
// folks were rescued" counts people.
var peopleWords = set("folks", "folk", "guys")

// distinctWords are the adjectives that, after "how many", stress that
// the things counted are distinct ("how many different states":
// Merriam-Webster, "different" 1b, "distinct, separate"; "separate" 2,
// "distinct"), which every thing a count counts is: the question asks
// the count of the noun after them.
var distinctWords = set("different", "separate", "distinct", "individual")

// chatForms expands the abbreviations people type in chat into the words
// they stand for (Wiktionary, "Appendix:English internet slang"; the
// common short forms of the AP Stylebook's chapter on social media).
var chatForms = map[string]string{
	"u": "you", "ur": "your", "r": "are", "y": "why", "b4": "before", "bc": "because",
	"cuz": "because", "coz": "because", "w": "with", "w/": "with", "w/o": "without",
	"ppl": "people", "govt": "government", "gov't": "government", "ref": "referee",
	"refs": "referees", "convo": "conversation", "convos": "conversations", "pic": "photo",
	"pics": "photos", "info": "information", "yr": "year", "yrs": "years", "mins": "minutes",
	"min": "minute", "wat": "what", "wut": "what", "wht": "what", "whos": "who's", "whats": "what's",
	"wheres": "where's", "hows": "how's", "whens": "when's", "didnt": "didn't",
	"doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't", "dont": "don't", "cant": "can't",
	"wont": "won't", "hasnt": "hasn't", "how'd": "how did", "what'd": "what did",
	"who'd": "who did", "where'd": "where did", "why'd": "why did", "when'd": "when did", "havent": "haven't", "arent": "aren't", "thru": "through",
	// the same "'d" contractions of "did" after a wh-word typed without
	// the apostrophe, where the bare form is no English word (WordNet
	// has none of them)
	"whyd": "why did", "howd": "how did", "whatd": "what did", "whered": "where did", "whend": "when did",
	"n": "and", "tho": "though", "abt": "about", "approx": "approximately", "pct": "percent",
	"vs": "versus", "v": "versus", "#": "number", "ag": "attorney general", "da": "district attorney",
	"gop": "republican", "dem": "democrat", "dems": "democrats",
	"rep": "representative", "sen": "senator", "gov": "governor", "prez": "president",
	"pres": "president", "admin": "administration", "dept": "department",
	"gonna": "going to", "wanna": "want to", "gotta": "got to", "tech": "technician",
	"techs": "technicians", "cops": "police", "docs": "doctors", "ops": "operations",
	// contractions typed without their apostrophe, where the bare form is
	// no other word ("im", not "ill" or "were")
	"im": "i'm", "ive": "i've", "youre": "you're", "theyre": "they're", "thats": "that's",
	"theres": "there's", "hes": "he's", "shes": "she's", "wouldnt": "wouldn't",
	"couldnt": "couldn't", "shouldnt": "shouldn't", "werent": "weren't", "hadnt": "hadn't",
	// the possessive of a plural not in -s ("men's": Quirk et al., §5.114)
	// typed without its apostrophe is no other word
	"mens": "men's", "womens": "women's", "childrens": "children's",
	// newsroom words for the parts of a story (Poynter's and the AP's
	// glossaries of newsroom terms): hed, cutline
	"hed": "headline", "heds": "headlines", "cutline": "caption",
	// shortenings of units of time and common nouns in Wiktionary's
	// "Appendix:English internet slang" and its abbreviation entries that
	// are no English word or name of their own ("mo" is Missouri in AP
	// style and "max" a name, so both stay)
	"hr": "hour", "hrs": "hours", "wk": "week", "wks": "weeks", "avg": "average",
	"tix": "tickets", "mgr": "manager", "natl": "national", "intl": "international",
	"bday": "birthday", "acc": "according",
}

// negations mark a clause as denied (Quirk et al., "A Comprehensive Grammar
// of the English Language", §10.54–10.60: not, n't, never, no and the
// negative pronouns).
var negations = set("not", "never", "no", "none", "nobody", "nothing", "neither", "nor",
	"without", "n't", "cannot", "hasn't", "hadn't", "haven't", "isn't", "wasn't", "weren't",
	"aren't", "doesn't", "didn't", "don't", "won't", "wouldn't", "can't", "couldn't",
	"shouldn't", "declined", "denied", "refused")

// speechVerbs are the attribution verbs of news writing (AP Stylebook,
// "said"; the reporting verbs in Biber et al., "Longman Grammar of Spoken
// and Written English", §12.3).
var speechVerbs = set("said", "says", "say", "told", "tells", "added", "adds", "wrote",
	"writes", "stated", "states", "asked", "asks", "insisted", "insists", "argued", "argues",
	"explained", "explains", "noted", "notes", "claimed", "claims", "declared", "declares",
	"announced", "announces", "warned", "warns", "acknowledged", "acknowledges", "called",
	"calls", "replied", "replies", "responded", "responds", "testified", "recalled", "urged",
	"predicted", "conceded", "concedes", "admitted", "admits", "contended", "maintained",
	"suggested", "described", "describes")

// speechBases are the base forms of speechVerbs, as a question writes
// them after "did" ("what did the nurse tell the council").
var speechBases = set("say", "tell", "add", "write", "state", "ask", "insist", "argue", "explain",
	"note", "claim", "declare", "announce", "warn", "acknowledge", "reply", "respond",
	"testify", "recall", "urge", "predict", "concede", "admit", "contend", "suggest", "describe")

// talkBases are the verbs of talking, which name speech without its
// content (Levin, "English Verb Classes and Alternations", 1993, §37.5
// talk verbs and §37.6 chitchat verbs), and "comment" and "remark" of the
// say verbs (§37.7), which a question uses for "say".
var talkBases = set("talk", "speak", "chat", "converse", "gossip", "comment", "remark")

// numberWords are English cardinal numbers written as words (Chicago
// Manual of Style 9.2–9.6 and AP style spell out one to nine and
// sentence-initial numbers).
var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
	"once": 1, "twice": 2, "thrice": 3, "half": 0.5,
}

// ordinalWords are English ordinals written as words (same sources).
var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}

// scaleWords multiply the number before them ("$1.1 million"). "Hundred"
// and "dozen" are numeral nouns that do so after a cardinal too ("two
// hundred", "two dozen": 24; Quirk et al., §6.63 on the multiplicative
// numerals and "dozen").
var scaleWords = map[string]float64{"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

// monthNames and the AP abbreviations of months (AP Stylebook, "months").
var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
	"apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// courtesyTitles are the titles AP style puts before a name as a form of
// address (AP Stylebook, "courtesy titles", "doctor"): no description of
// what the person is beside a role the article gives.
var courtesyTitles = set("dr", "mr", "mrs", "ms", "miss", "mx")

// personTitles are courtesy titles and titles of office that stand before a
// name (AP Stylebook, "titles"; "courtesy titles"; "military titles").
var personTitles = set("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col",
	"sgt", "capt", "adm", "maj", "prof", "rev", "judge", "justice", "president", "senator",
	"governor", "mayor", "secretary", "minister", "chancellor", "chief", "coach", "officer",
	"detective", "sheriff", "attorney", "deputy", "director", "chairman", "chairwoman",
	"spokesman", "spokeswoman", "ambassador", "general", "representative", "congressman",
	"congresswoman", "professor", "doctor", "captain", "defender", "goalkeeper", "midfielder",
	"forward", "striker", "manager", "ceo", "treasurer", "commissioner", "councilman",
	"councilwoman", "pope", "king", "queen", "prince", "princess")

// femaleWords and maleWords are English words that fix a referent's gender
// (the gendered pronouns and kinship and role nouns of English grammar:
// Quirk et al., §5.104–5.111), with the colloquial general nouns for
// people of one sex (Halliday and Hasan, "Cohesion in English", §6.2).
var (
	femaleWords = set("she", "her", "hers", "herself", "mrs", "ms", "miss", "woman", "women",
		"mother", "wife", "daughter", "sister", "grandmother", "aunt", "niece", "girl",
		"spokeswoman", "chairwoman", "congresswoman", "councilwoman", "businesswoman",
		"actress", "queen", "princess", "widow", "lady", "gal", "mom")
	maleWords = set("he", "him", "his", "himself", "mr", "man", "men", "father", "husband",
		"son", "brother", "grandfather", "uncle", "nephew", "boy", "spokesman", "chairman",
		"congressman", "councilman", "businessman", "actor", "king", "prince", "widower",
		"guy", "dude", "fella", "dad")
)

// relationNouns name a person by their tie to another ("his lawyer",
// "her daughter"): kinship terms and the roles news writing attributes by
// possession (Quirk et al., §5.115 on relational nouns).
var relationNouns = set("lawyer", "attorney", "attorneys", "lawyers", "wife", "husband",
	"daughter", "son", "mother", "father", "sister", "brother", "spokesman", "spokeswoman",
	"spokesperson", "manager", "coach", "aide", "adviser", "advisor", "partner", "friend",
	"boss", "lead", "chief", "successor", "predecessor", "opponent", "rival", "campaign",
	"family", "parents", "children", "son-in-law", "grandson", "granddaughter", "colleague",
	"colleagues", "teammate", "teammates", "assistant", "deputy", "counsel", "doctor",
	"owner", "founder", "president", "director", "ceo", "chairman", "office", "team")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// lightVerbs carry little meaning of their own and take it from their
// object ("make a save", "take office", "go up"): the light verbs of
// Jespersen, "A Modern English Grammar" VI, and their common forms.
var lightVerbs = set("make", "makes", "made", "making", "take", "takes", "took", "taken",
	"taking", "give", "gives", "gave", "given", "go", "goes", "went", "gone", "going", "come",
	"comes", "came", "coming", "do", "does", "did", "done", "have", "has", "had", "get",
	"gets", "got", "put", "puts", "turn", "turns", "turned", "keep", "keeps", "kept", "let",
	"lets", "set", "sets", "supposed", "hold", "holds", "held", "holding", "want", "wants", "wanted", "need", "needs", "needed",
	"try", "tried", "look", "looks", "looking", "seem", "seems", "use", "used", "play",
	"doing", "having", "getting", "gotten", "putting", "turning", "keeping", "letting", "setting",
	"wanting", "needing", "trying", "seeming", "using", "playing")

// prepositions of English (Quirk et al., §9.7, the simple prepositions).
var prepositions = set("on", "to", "for", "with", "by", "from", "against", "over", "past",
	"of", "at", "about", "after", "before", "behind", "beside", "between", "into", "onto",
	"toward", "towards", "under", "upon", "without", "like", "than", "via")

// beForms are the forms of the verb "be" (Quirk et al., ch. 3, the
// primary verbs).
var beForms = set("be", "am", "is", "are", "was", "were", "been", "being", "isn't", "aren't",
	"wasn't", "weren't")

// moneyWords ask for an amount of money: nouns and verbs of price, cost
// and payment (WordNet's "monetary value" and "pay" synsets).
var moneyWords = set("cost", "costs", "costing", "price", "prices", "pay", "paid", "paying",
	"spend", "spent", "spending", "money", "worth", "fee", "fees", "fund", "funded", "raise",
	"raised", "charge", "charged", "salary", "budget", "fine", "fined", "dollars", "cash",
	"value", "valued", "bid", "offer", "offered", "premium", "revenue", "sales", "profit")

// classNouns map a noun that names a kind of thing to the entity kind it
// asks for, as the named-entity classes of OntoNotes 5.0 (PERSON, ORG,
// GPE/LOC/FAC) group them.
var classNouns = map[string]string{
	"state": "place", "country": "place", "city": "place", "town": "place", "county": "place",
	"place": "place", "neighborhood": "place", "region": "place", "province": "place",
	"village": "place", "venue": "place", "stadium": "place", "district": "place",
	"company": "organisation", "firm": "organisation", "agency": "organisation",
	"group": "organisation", "organization": "organisation", "organisation": "organisation",
	"team": "organisation", "club": "organisation", "journal": "organisation",
	"newspaper": "organisation", "paper": "organisation", "outlet": "organisation",
	"court": "organisation", "committee": "organisation", "regulator": "organisation",
	"union": "organisation", "university": "organisation", "school": "organisation",
	"hospital": "organisation", "department": "organisation", "institute": "organisation",
	"network": "organisation", "publication": "organisation", "bank": "organisation",
	"panel": "organisation", "board": "organisation", "council": "organisation",
	"commission": "organisation", "body": "organisation", "senator": "person", "player": "person", "judge": "person", "justice": "person",
	"official": "person", "candidate": "person", "coach": "person", "lawyer": "person",
	"doctor": "person", "researcher": "person", "scientist": "person", "author": "person",
	"official's": "person", "officer": "person", "spokesman": "person", "spokeswoman": "person",
}

// titleAbbrevs are the AP Stylebook's abbreviated titles before a name
// ("titles"; "military titles") and what they stand for.
var titleAbbrevs = map[string]string{"sen": "senator", "rep": "representative", "gov": "governor",
	"gen": "general", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "capt": "captain",
	"dr": "doctor", "prof": "professor", "det": "detective", "supt": "superintendent",
	"adm": "admiral", "maj": "major", "rev": "reverend", "atty": "attorney", "insp": "inspector",
	"cmdr": "commander", "cpl": "corporal", "pvt": "private", "spc": "specialist"}

// corporateAbbrevs are the abbreviations AP style writes at the end of a
// business's proper name, with the word each stands for (AP Stylebook,
// "company, companies": Co., Cos.; "corporation": Corp.; "brothers":
// Bros.): "Halvard Motor Co." is a company. Inc., Ltd. and LLC, which the
// same entry writes without a comma before them, mark a company's legal
// form (incorporated, limited, limited liability company), so they stand
// for company too.
var corporateAbbrevs = map[string]string{"co": "company", "cos": "companies", "corp": "corporation", "bros": "brothers",
	"inc": "company", "ltd": "company", "llc": "company"}

// vagueNumbers are the indefinite quantifiers of English that stand for a
// count the text does not give (Quirk et al., §5.25: several, many, …).
var vagueNumbers = set("multiple", "several", "numerous", "dozens", "hundreds", "thousands", "scores")

// measureUnits are units of length, area, volume, weight, speed and time
// (NIST Special Publication 811 and the U.S. customary units of NIST
// Handbook 44), each with its dimension; a "how tall/far/big/long" answer
// must carry a unit of the dimension asked.
var measureUnits = map[string]string{
	"foot": "length", "feet": "length", "inch": "length", "inches": "length", "yard": "length",
	"yards": "length", "mile": "length", "miles": "length", "meter": "length", "meters": "length",
	"metre": "length", "metres": "length", "kilometer": "length", "kilometers": "length",
	"km": "length", "centimeter": "length", "centimeters": "length", "cm": "length", "mm": "length",
	"kilometre": "length", "kilometres": "length", "centimetre": "length", "centimetres": "length",
	"millimeter": "length", "millimeters": "length", "millimetre": "length", "millimetres": "length",
	"story": "length", "stories": "length", "floor": "length", "floors": "length",
	"acre": "area", "acres": "area", "hectare": "area", "hectares": "area", "square": "area",
	"gallon": "volume", "gallons": "volume", "liter": "volume", "liters": "volume",
	"litre": "volume", "litres": "volume",
	// dry measure of grain (NIST Handbook 44, Appendix C: bushel, peck)
	"bushel": "volume", "bushels": "volume", "peck": "volume", "pecks": "volume",
	"pound": "weight", "pounds": "weight", "ton": "weight", "tons": "weight", "tonnes": "weight",
	"kilogram": "weight", "kilograms": "weight", "kg": "weight", "ounce": "weight", "ounces": "weight",
	"gram": "weight", "grams": "weight", "milligram": "weight", "milligrams": "weight", "mg": "weight",
	"milliliter": "volume", "milliliters": "volume", "millilitre": "volume", "millilitres": "volume", "ml": "volume",
	"mph": "speed", "kph": "speed", "knots": "speed",
	"second": "time", "seconds": "time", "minute": "time", "minutes": "time", "hour": "time",
	"hours": "time", "day": "time", "days": "time", "week": "time", "weeks": "time",
	"month": "time", "months": "time", "year": "time", "years": "time", "decade": "time",
	"decades": "time", "degree": "temperature", "degrees": "temperature",
	// a night counts a span of time as a day does (Merriam-Webster,
	// "night" 1a: "the time from dusk to dawn"; "three nights in the woods")
	"night": "time", "nights": "time",
	// a document's length is told in pages (Merriam-Webster, "long" adj.
	// 1b: "having a specified length", "a book 300 pages long")
	"page": "extent", "pages": "extent",
}

// measureDimensions are the dimensions each adjective of "how ADJ" asks
// about (the dimension adjectives of English, Quirk et al., §7.83, and the
// temperature adjectives "cold", "hot", "warm", "cool", whose measure is
// a temperature in degrees: Merriam-Webster, "cold" adj. 1a, "having or
// being a temperature that is noticeably lower than body temperature"). "How
// quickly" asks the manner adverb's measure: the time an act took ("nine
// minutes later", "within an hour") or a speed; "how close" and "how
// near" a distance in space or time (Merriam-Webster, "close" adj.:
// "being near in time, space, effect, or degree").
var measureDimensions = map[string][]string{
	"big": {"area", "volume", "weight", "length"}, "large": {"area", "volume", "weight", "length"},
	"small": {"area", "volume", "weight", "length"}, "long": {"time", "length", "extent"},
	"far": {"length"}, "tall": {"length"}, "high": {"length", "temperature"}, "deep": {"length"},
	"wide": {"length"}, "heavy": {"weight"}, "fast": {"speed"}, "quickly": {"time", "speed"}, "near": {"length", "time"}, "close": {"length", "time"},
	"cold": {"temperature"}, "hot": {"temperature"}, "warm": {"temperature"}, "cool": {"temperature"},
	"strong": {"speed"}, // of a wind only (windforce.go): the Beaufort scale grades its force by speed
}

// currencies are currency names that make a count an amount of money (ISO
// 4217's currency names, in their English plural forms).
var currencies = set("dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan",
	"renminbi", "rupee", "rupees", "peso", "pesos", "franc", "francs", "ruble", "rubles",
	"rouble", "roubles", "won", "real", "reais", "krona", "kronor", "krone", "kroner", "rand",
	"shekel", "shekels", "lira", "naira", "dinar", "dinars", "dirham", "dirhams")

// centWords name the hundredth of a dollar, AP style's unit for a sum
// under a dollar ("5 cents", AP Stylebook, "cents"). A price in cents is
// money ("40 cents each"), but "raise the tax rate by 1.5 cents" measures
// a rate per $100 of value, no sum anyone pays; so only a figure in cents
// that a distributive marker follows, a price per item (Quirk et al.,
// §5.50, the article meaning "per"; §6.51 "each"), is read as money.
var centWords = set("cent", "cents")

// particles complete English phrasal verbs ("step down", "turn out":
// Quirk et al., §16.2).
var particles = set("down", "up", "out", "off", "over", "away", "back")

// titleAcronyms are the business titles news writing gives both as an
// acronym and spelled out (AP Stylebook, "CEO").
var titleAcronyms = map[string]string{"ceo": "chief executive", "cfo": "chief financial officer",
	"coo": "chief operating officer", "cto": "chief technology officer"}
