package lookup

// timeElement is the time of an act written between its verb and the
// verb's adjunct of place, with an adverb of manner before it ("set out
// alone Friday morning from Roche Harbor", "left early Tuesday for
// Denver"): AP style places the time element right after the verb ("The
// city council met Tuesday …"; AP Stylebook, "time element"), so a source
// or goal phrase often follows a day, a part of the day, or "today",
// "tonight" and "yesterday". Up to one lower-case adverb ending in -ly or
// one of the manner adverbs alone, early and late, then the day with an
// optional "on" and part of the day.
const timeElement = `(?:(?:alone|early|late|[a-z]+ly)\s+)?(?:(?:on\s+)?(?:` + weekdayAlt + `|today|tonight|yesterday)(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?`
