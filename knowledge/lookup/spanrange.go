package lookup

// Stage 4, times: a span of time told as a range whose unit is given
// once, after its second figure ("12 to 72 hours after eating", "two or
// three days later", "three to five years ago"). The figures joined by "to" or "or" are
// one coordinated quantity (Quirk et al. 1985, §9.20 and §13.1; AP
// Stylebook, "ages": "ages 65 to 84"; "numerals": "a ratio of 2-to-1"),
// so the span answered keeps its first figure: "72 hours after eating"
// alone says the symptoms come later than the article says. figureRange
// reads such a range for a number; spanRangeOpener reads it for a time.

// spanRangeOpener is the optional first figure of a span's range and
// its "to" or "or": a figure, or a number AP style spells (one to nine)
// and those of ten to twenty.
const spanRangeOpener = `(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:to|or)\s+)?`
