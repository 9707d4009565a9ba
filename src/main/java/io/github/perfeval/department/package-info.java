/** 部门: departments and their 下属单位, the owners of evaluations. */
@org.springframework.modulith.ApplicationModule(displayName = "Department")
package io.github.perfeval.department;
