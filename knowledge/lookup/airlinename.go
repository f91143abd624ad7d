package lookup

// "The airline" on second reference (part of reading). An airline's name
// ends in "Air", "Airways" or "Airlines" ("Allegiant Air", "Breeze
// Airways", "Alaska Airlines"; FAA, air carrier certificates
// under 14 CFR Part 121), words that name no head noun of their own in
// WordNet 3.0's business senses: "air" is the gas, "airway" a passage.
// The name's head is then the trade the name tells, "airline", which a
// news story uses on second reference (AP Stylebook, "company names"; as
// companykind.go and resolveHeads read it): "Cascade Air … The airline,
// which is based in Spokane". "Lines" alone is no airline's: "Delta Air
// Lines", but also "Greyhound Lines" and "Carnival Cruise Lines".

// airlineHeads are the last words of airlines' names, as above.
var airlineHeads = set("air", "airways", "airlines")

// tradeHead is h, the last word of an organisation's name, or the noun
// of the trade it names: "airline" for an airline's.
func tradeHead(h string) string {
	if airlineHeads[h] {
		return "airline"
	}
	return h
}
