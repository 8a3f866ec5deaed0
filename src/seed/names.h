// Name and place lists for the synthetic caseload, weighted roughly by how common they are in
// England and Wales, so that namesakes (many John Smiths) occur as in real caseloads.
#pragma once

#include <string_view>
#include <vector>

namespace probity::seed {

struct WeightedNames {
  std::vector<std::string_view> names;
  std::vector<int> weights;
};

const WeightedNames& MaleFirstNames();
const WeightedNames& FemaleFirstNames();
const WeightedNames& Surnames();
const std::vector<std::string_view>& AreaNames();

struct Offence {
  std::string_view category;  // an OGRS-1 code
  std::string_view description;
  int weight;
};
const std::vector<Offence>& Offences();

}  // namespace probity::seed
