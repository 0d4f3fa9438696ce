#pragma once

namespace pellucid {

struct CliContext;

int runImport(const CliContext& context);
int runList(const CliContext& context);
int runDicomdir(const CliContext& context);
int runEcho(const CliContext& context);
int runDemo(const CliContext& context);
int runRender(const CliContext& context);
int runLoad(const CliContext& context);
int runSend(const CliContext& context);
int runServe(const CliContext& context);
int runFind(const CliContext& context);
int runRetrieve(const CliContext& context);
int runPstate(const CliContext& context);
int runSr(const CliContext& context);
int runKeyImages(const CliContext& context);
int runGsps(const CliContext& context);

} // namespace pellucid
